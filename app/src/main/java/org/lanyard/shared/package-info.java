/**
 * Value types with no business owner, shared by every module: keep it tiny.
 */
@org.jspecify.annotations.NullMarked
package org.lanyard.shared;

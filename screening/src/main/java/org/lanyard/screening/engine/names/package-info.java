/**
 * The people on a school's roster as the words that name them, and how to tell a name ("Hope won") from the
 * ordinary word it also is ("we hope").
 */
@NullMarked
package org.lanyard.screening.engine.names;

import org.jspecify.annotations.NullMarked;

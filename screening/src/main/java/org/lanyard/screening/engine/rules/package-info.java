/**
 * The rules: one small class per thing a policy forbids or asks a person to check, each testable on its own.
 */
@NullMarked
package org.lanyard.screening.engine.rules;

import org.jspecify.annotations.NullMarked;

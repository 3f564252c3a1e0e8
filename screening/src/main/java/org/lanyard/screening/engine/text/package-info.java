/**
 * The text core: folding a text the way the engine reads it, with offsets back to the original; the word
 * vocabulary; the disguise view; the tokeniser and the word-phrase index. No knowledge of schools or codes here.
 */
@NullMarked
package org.lanyard.screening.engine.text;

import org.jspecify.annotations.NullMarked;

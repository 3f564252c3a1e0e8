/**
 * Reading one text for one school: the words, the lexicon phrases and roster names found in it, and the context
 * that decides which matches are findings (exceptions, educational use, names that look like rude words).
 */
@NullMarked
package org.lanyard.screening.engine.analysis;

import org.jspecify.annotations.NullMarked;

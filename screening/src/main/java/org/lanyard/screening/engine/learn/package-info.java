/**
 * Learned signals: small linear models, trained from sentences the team wrote (in {@code screening/training/} and
 * the team's evaluation corpus), that catch threatening, discriminatory, offensive, safeguarding and complaint
 * phrasings the hand-written lexicons do not list. Each model is a readable data file of weighted words and word
 * pairs; a finding it raises names the words that weighed most.
 */
@NullMarked
package org.lanyard.screening.engine.learn;

import org.jspecify.annotations.NullMarked;

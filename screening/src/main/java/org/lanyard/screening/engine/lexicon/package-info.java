/**
 * The word lists the engine ships (see lexicon/README.md in the resources) and their compiled form.
 */
@NullMarked
package org.lanyard.screening.engine.lexicon;

import org.jspecify.annotations.NullMarked;

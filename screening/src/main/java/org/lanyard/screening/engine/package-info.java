/**
 * The screening engine: reads what a school is about to post, or what the public wrote on the school's accounts,
 * and says what the school's own policy says about it, with the clause, the words and why.
 * <p>
 * A plain library: no framework, no I/O beyond the data files bundled with it. Build a {@link SchoolContext} once per
 * school (it is immutable and shared between threads) and call {@link SchoolContext#screen(ScreeningRequest)}.
 */
@NullMarked
package org.lanyard.screening.engine;

import org.jspecify.annotations.NullMarked;

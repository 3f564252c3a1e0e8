package org.lanyard.screening.engine.rules;

/**
 * One rule of a school's policy, checked against one draft or comment. Rules are stateless after construction and
 * shared between threads.
 */
public interface ScreeningRule {

	/** Reports every match of this rule in the draft to the sink; reports nothing when the draft is clean. */
	void check(Draft draft, FindingSink sink);

}

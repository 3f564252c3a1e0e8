package org.lanyard.screening.engine;

/** Which way the words travel: from the school to the world, or from the world onto the school's accounts. */
public enum Direction {

	/** A post, newsletter item or web page the school is about to publish. */
	OUTGOING,

	/** A comment, reply or mention that arrived on one of the school's official channels. */
	INCOMING

}

package org.lanyard.screening.engine;

/** How much a finding weighs under a school's pack. */
public enum Severity {

	/** Stops an outgoing post and holds an incoming comment until a person decides. */
	BLOCK,
	/** Asks a person to look before the content goes further. */
	REVIEW,
	/** Recorded for information only; never changes the verdict. */
	INFO

}

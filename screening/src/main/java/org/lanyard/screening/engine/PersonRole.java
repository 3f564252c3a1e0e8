package org.lanyard.screening.engine;

/** The roles of the people on a school's roster, as in the people CSV of the HTTP contract. */
public enum PersonRole {

	PUPIL, PARENT, STAFF, GOVERNOR, VOLUNTEER

}

package org.lanyard.consent;

/** What a parent said. */
public enum ConsentAnswer {

	GRANTED, REFUSED, WITHDRAWN

}

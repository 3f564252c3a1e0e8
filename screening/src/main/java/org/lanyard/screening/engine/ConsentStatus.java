package org.lanyard.screening.engine;

/** A parent's answer for one pupil and one purpose. Only {@code GRANTED} allows a pupil to appear. */
public enum ConsentStatus {

	GRANTED, REFUSED, WITHDRAWN

}

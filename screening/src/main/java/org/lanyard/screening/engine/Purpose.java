package org.lanyard.screening.engine;

/** Where a pupil's image or name may appear; parents consent to each separately. */
public enum Purpose {

	INTERNAL_DISPLAY, NEWSLETTER, WEBSITE, SOCIAL_MEDIA, PRESS

}

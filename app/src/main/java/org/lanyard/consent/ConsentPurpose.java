package org.lanyard.consent;

/** Where a pupil's image or name may appear. Parents answer for each separately. */
public enum ConsentPurpose {

	INTERNAL_DISPLAY("Displays inside school"), NEWSLETTER("Newsletter"), WEBSITE("School website"),
	SOCIAL_MEDIA("School social media"), PRESS("Local press");

	private final String title;

	ConsentPurpose(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}

}

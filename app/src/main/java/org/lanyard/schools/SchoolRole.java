package org.lanyard.schools;

/** The roles a person holds in one school. A user may hold several in several schools. */
public enum SchoolRole {

	HEADTEACHER("Headteacher", true),
	DSL("Designated Safeguarding Lead", true),
	DEPUTY_DSL("Deputy Designated Safeguarding Lead", true),
	SLT("Senior leadership team", false),
	SOCIAL_MEDIA_LEAD("Social media lead", false),
	STAFF("Staff", false),
	GOVERNOR("Governor", false),
	DPO("Data Protection Officer", false);

	private final String title;

	private final boolean needsSecondFactor;

	SchoolRole(String title, boolean needsSecondFactor) {
		this.title = title;
		this.needsSecondFactor = needsSecondFactor;
	}

	/** The role as the school says it. */
	public String title() {
		return title;
	}

	/** Leaders who see safeguarding records must use a second factor (the trust administrator too). */
	public boolean needsSecondFactor() {
		return needsSecondFactor;
	}

}

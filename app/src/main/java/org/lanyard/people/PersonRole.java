package org.lanyard.people;

/** How a person belongs to the school community, as the MIS export says. */
public enum PersonRole {

	PUPIL("Pupil"), PARENT("Parent or carer"), STAFF("Staff"), GOVERNOR("Governor"), VOLUNTEER("Volunteer");

	private final String title;

	PersonRole(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}

}

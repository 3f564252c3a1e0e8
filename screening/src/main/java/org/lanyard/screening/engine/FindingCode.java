package org.lanyard.screening.engine;

/** The stable finding codes of the product brief. Their names are part of the HTTP contract. */
public enum FindingCode {

	/** A pupil pictured or named by full name has no current consent for this purpose (outgoing only). */
	CONSENT_MISSING,
	/** A pupil is identifiable: a full name anywhere, or any name of a pictured pupil. */
	PUPIL_IDENTIFIED,
	/** A person's phone number, e-mail address, home address or postcode, or date of birth. */
	PERSONAL_DATA,
	/** An image carries a GPS position or a tag that names a person. */
	IMAGE_METADATA,
	/** Profanity, insults, mockery, humiliation, also when disguised. */
	OFFENSIVE_LANGUAGE,
	/** Language against a protected characteristic of the Equality Act 2010. */
	DISCRIMINATORY,
	/** Text that itself threatens, harasses or intimidates. */
	THREAT,
	/** A link to a domain the school does not allow, a shortener, plain http or a look-alike host. */
	UNSAFE_LINK,
	/** One of the school's embargo terms. */
	CONFIDENTIAL,
	/** Self-harm, sexual content involving children, grooming, radicalisation, cyberbullying. */
	SAFEGUARDING_RISK,
	/** An incoming comment names a member of staff, a governor, a volunteer or a pupil (incoming only). */
	NAMES_PERSON,
	/** An incoming comment criticises a school decision or policy. */
	COMPLAINT

}

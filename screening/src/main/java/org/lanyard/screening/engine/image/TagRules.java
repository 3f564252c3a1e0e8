package org.lanyard.screening.engine.image;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.drew.metadata.Directory;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.iptc.IptcDirectory;
import org.jspecify.annotations.Nullable;
import org.lanyard.screening.engine.detect.Detectors;
import org.lanyard.screening.engine.image.MetadataIssue.Kind;

/**
 * Which EXIF, IPTC, PNG and maker-note tags name a person or hold an address. Camera make, model, software, lens,
 * serial numbers and timestamps are deliberately absent: they identify a device, not a person or a place. Neither is
 * the ICC profile's copyright ("Copyright Apple Inc."), which every phone photo carries.
 */
final class TagRules {

	private static final Set<String> PNG_PERSON_KEYS = Set.of("author", "artist", "copyright", "creator", "owner",
			"photographer", "byline", "by-line");

	private static final Pattern MAKERNOTE_PERSON = Pattern.compile("(?i).*\\b(?:owner|artist|author|copyright).*");

	/** What is left of a copyright line once its boilerplate goes: "© 2024 All rights reserved" names nobody. */
	private static final Pattern BOILERPLATE = Pattern.compile("(?i)copyright|\\(c\\)|©|all rights reserved|unknown"
			+ "|none|n/a|default|anonymous|owner|author|artist|[\\p{N}\\p{P}\\p{S}\\s]");

	private TagRules() {
	}

	static void exif(ExifDirectoryBase exif, List<MetadataIssue> issues) {
		person(exif, ExifDirectoryBase.TAG_ARTIST, "EXIF Artist", issues);
		person(exif, ExifDirectoryBase.TAG_COPYRIGHT, "EXIF Copyright", issues);
		person(exif, ExifDirectoryBase.TAG_WIN_AUTHOR, "EXIF XPAuthor", issues);
		person(exif, ExifDirectoryBase.TAG_CAMERA_OWNER_NAME, "EXIF CameraOwnerName", issues);
	}

	static void iptc(IptcDirectory iptc, List<MetadataIssue> issues) {
		person(iptc, IptcDirectory.TAG_BY_LINE, "IPTC By-line", issues);
		person(iptc, IptcDirectory.TAG_BY_LINE_TITLE, "IPTC By-line Title", issues);
		person(iptc, IptcDirectory.TAG_CREDIT, "IPTC Credit", issues);
		person(iptc, IptcDirectory.TAG_COPYRIGHT_NOTICE, "IPTC Copyright Notice", issues);
		person(iptc, IptcDirectory.TAG_CONTACT, "IPTC Contact", issues);
		person(iptc, IptcDirectory.TAG_CAPTION_WRITER, "IPTC Writer/Editor", issues);
		String place = String.join(", ", nonNull(iptc.getDescription(IptcDirectory.TAG_SUB_LOCATION)),
				nonNull(iptc.getDescription(IptcDirectory.TAG_CITY)),
				nonNull(iptc.getDescription(IptcDirectory.TAG_PROVINCE_OR_STATE)));
		address(place, "IPTC Sub-location/City", issues);
	}

	static void pngText(String key, String value, List<MetadataIssue> issues) {
		if (PNG_PERSON_KEYS.contains(key.strip().toLowerCase(Locale.ROOT))) {
			person(value, "PNG text " + clip(key, 24), issues);
		}
	}

	static void makernote(Directory directory, List<MetadataIssue> issues) {
		for (Tag tag : directory.getTags()) {
			if (MAKERNOTE_PERSON.matcher(tag.getTagName()).matches()) {
				person(directory, tag.getTagType(), "maker note " + tag.getTagName(), issues);
			}
		}
	}

	static void person(Directory directory, int tagType, String tag, List<MetadataIssue> issues) {
		if (directory.containsTag(tagType)) {
			person(directory.getDescription(tagType), tag, issues);
		}
	}

	static void person(@Nullable String value, String tag, List<MetadataIssue> issues) {
		if (namesSomeone(value)) {
			issues.add(new MetadataIssue(Kind.NAMES_PERSON, tag, tag + " names someone (" + preview(value) + ")"));
		}
	}

	static void address(String place, String tag, List<MetadataIssue> issues) {
		if (!place.isBlank() && Detectors.containsHomeAddress(clip(place, 500))) {
			issues.add(new MetadataIssue(Kind.HOME_ADDRESS, tag, tag + " holds a street address or postcode"));
		}
	}

	static boolean namesSomeone(@Nullable String value) {
		if (value == null) {
			return false;
		}
		String rest = BOILERPLATE.matcher(clip(value, 500)).replaceAll("");
		return rest.codePoints().anyMatch(Character::isLetter);
	}

	/** Two characters of the value: enough to tell "Ja…" from "Ph…", never the name itself. */
	static String preview(@Nullable String value) {
		String v = value == null ? "" : value.strip();
		StringBuilder out = new StringBuilder("\u201c");
		v.codePoints().limit(2).forEach(cp -> out.appendCodePoint(Character.isISOControl(cp)
				|| Character.getType(cp) == Character.FORMAT ? '?' : cp));
		return out.append("\u2026\u201d").toString();
	}

	private static String clip(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

	private static String nonNull(@Nullable String value) {
		return value == null ? "" : value;
	}

}

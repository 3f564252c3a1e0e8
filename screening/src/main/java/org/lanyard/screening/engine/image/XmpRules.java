package org.lanyard.screening.engine.image;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPIterator;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.properties.XMPPropertyInfo;
import org.lanyard.screening.engine.image.MetadataIssue.Kind;

/**
 * Reads an XMP packet by property path. Names are matched on their local part ({@code creator} in
 * {@code dc:creator[1]}), so a packet that binds a known namespace to an odd prefix is read the same.
 * <ul>
 * <li>GPS: {@code exif:GPSLatitude}/{@code GPSLongitude} (and drone makers' {@code GpsLatitude}) with a non-zero
 * value.</li>
 * <li>Persons: {@code dc:creator}, {@code dc:rights}, {@code dc:contributor}, {@code photoshop:AuthorsPosition},
 * {@code photoshop:Credit}, {@code photoshop:CaptionWriter}, {@code Iptc4xmpCore:CreatorContactInfo},
 * {@code xmpRights:Owner}, {@code Iptc4xmpExt:PersonInImage}, PLUS creator and copyright owner names, and the names
 * of face regions (MWG {@code mwg-rs:Name} unless the region is a pet or a focus area, Microsoft
 * {@code MPReg:PersonDisplayName}).</li>
 * <li>Address: IPTC location fields that hold a street address or postcode.</li>
 * </ul>
 */
final class XmpRules {

	private static final Set<String> PERSON = Set.of("creator", "rights", "contributor", "artist", "author", "authors",
			"copyright", "authorsposition", "credit", "captionwriter", "creatorcontactinfo", "owner", "personinimage",
			"personinimagewdetails", "byline", "photographer", "imagecreator", "copyrightowner", "aocreator",
			"personname", "lastauthor");

	private static final Set<String> REGION = Set.of("regions", "regionlist", "regioninfo");

	private static final Set<String> REGION_NAME = Set.of("name", "persondisplayname");

	private static final Set<String> GPS = Set.of("gpslatitude", "gpslongitude");

	private static final Set<String> LOCATION = Set.of("location", "sublocation", "city", "state", "provincestate",
			"locationshown", "locationcreated");

	private static final int MAX_PROPERTIES = 10_000;

	private XmpRules() {
	}

	static void scan(XMPMeta meta, List<MetadataIssue> issues) {
		Map<String, String> properties = properties(meta);
		List<String> places = new ArrayList<>();
		for (Map.Entry<String, String> property : properties.entrySet()) {
			String path = property.getKey();
			String value = property.getValue();
			List<String> names = localNames(path);
			if (names.isEmpty() || value.isBlank()) {
				continue;
			}
			String leaf = names.get(names.size() - 1);
			String tag = "XMP " + shortPath(path);
			if (GPS.contains(leaf) && value.matches("(?s).*[1-9].*")) {
				issues.add(new MetadataIssue(Kind.GPS_POSITION, tag, "XMP " + leafName(path)));
			}
			else if (names.stream().anyMatch(REGION::contains) && REGION_NAME.contains(leaf)) {
				if (isPersonRegion(properties, path)) {
					TagRules.person(value, tag, issues);
				}
			}
			else if (names.stream().anyMatch(PERSON::contains)) {
				TagRules.person(value, tag, issues);
			}
			else if (LOCATION.contains(names.get(0)) || LOCATION.contains(leaf)) {
				places.add(value);
			}
		}
		if (!places.isEmpty()) {
			TagRules.address(String.join(", ", places), "XMP location", issues);
		}
	}

	private static Map<String, String> properties(XMPMeta meta) {
		Map<String, String> properties = new LinkedHashMap<>();
		try {
			XMPIterator iterator = meta.iterator();
			while (iterator.hasNext() && properties.size() < MAX_PROPERTIES) {
				Object next = iterator.next();
				if (next instanceof XMPPropertyInfo info && info.getPath() != null && info.getValue() != null
						&& !info.getPath().contains("xml:lang")) {
					properties.put(info.getPath(), info.getValue());
				}
			}
		}
		catch (XMPException | RuntimeException ex) {
			// keep what was read before the packet went wrong
		}
		return properties;
	}

	/** A region whose MWG type says it is a pet, a barcode or a focus area names no one. */
	private static boolean isPersonRegion(Map<String, String> properties, String namePath) {
		int slash = namePath.lastIndexOf('/');
		String parent = slash < 0 ? "" : namePath.substring(0, slash + 1);
		for (Map.Entry<String, String> sibling : properties.entrySet()) {
			String key = sibling.getKey();
			if (key.startsWith(parent) && key.indexOf('/', parent.length()) < 0
					&& localName(key.substring(parent.length())).equals("type")) {
				return sibling.getValue().equalsIgnoreCase("face");
			}
		}
		return true;
	}

	/** {@code mwg-rs:Regions/mwg-rs:RegionList[1]/mwg-rs:Name} → [regions, regionlist, name]. */
	static List<String> localNames(String path) {
		List<String> names = new ArrayList<>();
		for (String segment : path.split("/")) {
			if (!segment.isEmpty() && !segment.startsWith("?")) {
				names.add(localName(segment));
			}
		}
		return names;
	}

	private static String localName(String segment) {
		String s = segment;
		int bracket = s.indexOf('[');
		if (bracket >= 0) {
			s = s.substring(0, bracket);
		}
		int colon = s.lastIndexOf(':');
		return s.substring(colon + 1).toLowerCase(Locale.ROOT);
	}

	private static String leafName(String path) {
		String leaf = path.substring(path.lastIndexOf('/') + 1);
		int bracket = leaf.indexOf('[');
		return bracket < 0 ? leaf : leaf.substring(0, bracket);
	}

	private static String shortPath(String path) {
		String p = path.replaceAll("\\[\\d+]", "");
		return p.length() <= 60 ? p : p.substring(0, 60) + "\u2026";
	}

}

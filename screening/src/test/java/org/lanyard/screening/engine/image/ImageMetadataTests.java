package org.lanyard.screening.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lanyard.screening.engine.image.TestImages.Entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanyard.screening.engine.Consents;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.ImageInput;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.ScreeningRequest;
import org.lanyard.screening.engine.ScreeningSettings;
import org.lanyard.screening.engine.image.MetadataIssue.Kind;
import org.lanyard.screening.engine.rules.Draft;

class ImageMetadataTests {

	private static final List<Entry> NO_GPS = List.of();

	private static List<Kind> kinds(byte[] image) {
		MetadataReport report = ImageMetadata.inspect(image);
		assertThat(report.readable()).as("readable").isTrue();
		return report.issues().stream().map(MetadataIssue::kind).toList();
	}

	private static String message(byte[] image) {
		return ImageMetadata.inspect(image).issues().get(0).message();
	}

	private static byte[] exifJpeg(Entry... ifd0) {
		return TestImages.jpegWith(TestImages.jpeg(), TestImages.exif(List.of(ifd0), NO_GPS));
	}

	private static byte[] xmpJpeg(String description) {
		return TestImages.jpegWith(TestImages.jpeg(), TestImages.xmp(description));
	}

	private static byte[] iptcJpeg(int dataset, String value) {
		return TestImages.jpegWith(TestImages.jpeg(), TestImages.iptc(Map.of(dataset, value)));
	}

	@Test
	void findsGpsInSampleImage() {
		assertThat(kinds(TestImages.resource("sample-gps.jpg"))).containsExactly(Kind.GPS_POSITION);
	}

	@Test
	void reportsFindingWithImageNameAsSubject() {
		List<Object[]> reports = new ArrayList<>();
		ScreeningRequest request = new ScreeningRequest(org.lanyard.screening.engine.Direction.OUTGOING,
				Purpose.SOCIAL_MEDIA, "The harvest display", List.of(),
				List.of(new ImageInput("harvest.jpg", TestImages.resource("sample-gps.jpg")),
						new ImageInput("clean.jpg", TestImages.resource("sample-clean.jpg"))));
		new ImageMetadata().check(new Draft(request, Roster.empty(), Consents.none(), ScreeningSettings.none()),
				(code, start, end, subject, text) -> reports.add(new Object[] { code, start, end, subject, text }));
		assertThat(reports).singleElement().satisfies(r -> {
			assertThat(r[0]).isEqualTo(FindingCode.IMAGE_METADATA);
			assertThat(r[1]).isNull();
			assertThat(r[2]).isNull();
			assertThat(r[3]).isEqualTo("harvest.jpg");
			assertThat((String) r[4]).contains("GPS");
		});
	}

	@Test
	void screensSampleImageThroughSchoolContext() {
		org.lanyard.screening.engine.SchoolContext school = org.lanyard.screening.engine.SchoolContext.of(Roster.empty(),
				Consents.none(), org.lanyard.screening.engine.PolicyPacks.get("lache-2020"), ScreeningSettings.none());
		ScreeningRequest request = new ScreeningRequest(org.lanyard.screening.engine.Direction.OUTGOING,
				Purpose.SOCIAL_MEDIA, "The harvest display in the hall looks wonderful.", List.of(),
				List.of(new ImageInput("sample-gps.jpg", TestImages.resource("sample-gps.jpg"))));
		assertThat(school.screen(request).findings()).extracting(f -> f.code(), f -> f.subject())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.IMAGE_METADATA, "sample-gps.jpg"));
	}

	@Test
	void findsGeneratedExifGps() {
		byte[] image = TestImages.jpegWith(TestImages.jpeg(),
				TestImages.exif(List.of(Entry.ascii(0x010F, "Google")), TestImages.gps("N", 52, 58, 12, "W", 1, 18, 23)));
		assertThat(kinds(image)).containsExactly(Kind.GPS_POSITION);
	}

	@Test
	void findsXmpGpsThatExifReaderMisses() {
		assertThat(kinds(xmpJpeg(" exif:GPSLatitude='52,58.206N' exif:GPSLongitude='1,18.396W'>")))
			.containsExactly(Kind.GPS_POSITION);
		assertThat(kinds(TestImages.resource("exiftool-xmp-gps.jpg"))).containsExactly(Kind.GPS_POSITION);
	}

	@Test
	void findsXmpGpsInPng() {
		byte[] image = TestImages.pngWith(TestImages.png(),
				TestImages.xmpChunk(" exif:GPSLatitude='52,58.2N' exif:GPSLongitude='1,18.3W'>"));
		assertThat(kinds(image)).containsExactly(Kind.GPS_POSITION);
	}

	@Test
	void ignoresGpsAtZeroZero() {
		byte[] image = TestImages.jpegWith(TestImages.jpeg(),
				TestImages.exif(List.of(), TestImages.gps("N", 0, 0, 0, "E", 0, 0, 0)));
		assertThat(kinds(image)).isEmpty();
		assertThat(kinds(xmpJpeg(" exif:GPSLatitude='0,0.000N' exif:GPSLongitude='0,0.000E'>"))).isEmpty();
	}

	@Test
	void ignoresGpsWithoutPosition() {
		byte[] image = TestImages.jpegWith(TestImages.jpeg(), TestImages.exif(List.of(),
				List.of(Entry.bytes(0x0000, new byte[] { 2, 3, 0, 0 }), Entry.rationals(0x0006, 120, 1))));
		assertThat(kinds(image)).isEmpty();
	}

	@Test
	void findsExifArtist() {
		byte[] image = exifJpeg(Entry.ascii(0x013B, "Jane Smith"));
		assertThat(kinds(image)).containsExactly(Kind.NAMES_PERSON);
		assertThat(message(image)).contains("EXIF Artist").contains("names a person").doesNotContain("Jane Smith");
	}

	@Test
	void findsExifCopyrightNamingSomeone() {
		assertThat(kinds(exifJpeg(Entry.ascii(0x8298, "(c) 2024 Jane Smith")))).containsExactly(Kind.NAMES_PERSON);
	}

	@Test
	void findsWindowsXpAuthor() {
		byte[] image = exifJpeg(Entry.bytes(0x9C9D, TestImages.ucs2("Jane Smith")));
		assertThat(kinds(image)).containsExactly(Kind.NAMES_PERSON);
		assertThat(message(image)).contains("XPAuthor");
	}

	@Test
	void findsTagsWrittenByExiftool() {
		assertThat(message(TestImages.resource("exiftool-exif-person.jpg"))).contains("EXIF Artist")
			.contains("EXIF Copyright")
			.contains("XPAuthor")
			.contains("CameraOwnerName");
		assertThat(kinds(TestImages.resource("exiftool-png-author.png"))).containsExactly(Kind.NAMES_PERSON);
		assertThat(kinds(TestImages.resource("exiftool-png-xmp.png"))).containsExactly(Kind.GPS_POSITION,
				Kind.NAMES_PERSON);
	}

	@Test
	void findsEveryXmpPersonTagWrittenByExiftool() {
		String message = message(TestImages.resource("exiftool-xmp-person.jpg"));
		assertThat(message).contains("dc:creator", "dc:rights", "photoshop:AuthorsPosition", "CreatorContactInfo",
				"PersonInImage", "PersonDisplayName", "mwg-rs:Name");
		assertThat(message).doesNotContain("Grace Hill").doesNotContain("jane@example.com");
	}

	@ParameterizedTest
	@ValueSource(strings = { "><dc:creator><rdf:Seq><rdf:li>Jane Smith</rdf:li></rdf:Seq></dc:creator>",
			"><dc:rights><rdf:Alt><rdf:li xml:lang='x-default'>Jane Smith</rdf:li></rdf:Alt></dc:rights>",
			"><dc:contributor><rdf:Bag><rdf:li>Tom Jones</rdf:li></rdf:Bag></dc:contributor>",
			" photoshop:AuthorsPosition='Class teacher, Jane'>", " photoshop:Credit='Photo by Jane Smith'>",
			" photoshop:CaptionWriter='JS'>", " xmpRights:Owner='Jane Smith'>",
			"><Iptc4xmpCore:CreatorContactInfo rdf:parseType='Resource'><Iptc4xmpCore:CiEmailWork>jane@example.com"
					+ "</Iptc4xmpCore:CiEmailWork></Iptc4xmpCore:CreatorContactInfo>",
			"><Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Grace Hill</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>",
			"><mwg-rs:Regions rdf:parseType='Resource'><mwg-rs:RegionList><rdf:Bag><rdf:li rdf:parseType='Resource'>"
					+ "<mwg-rs:Name>Grace Hill</mwg-rs:Name><mwg-rs:Type>Face</mwg-rs:Type></rdf:li></rdf:Bag>"
					+ "</mwg-rs:RegionList></mwg-rs:Regions>",
			"><MP:RegionInfo rdf:parseType='Resource'><MPRI:Regions><rdf:Bag><rdf:li rdf:parseType='Resource'>"
					+ "<MPReg:PersonDisplayName>Grace Hill</MPReg:PersonDisplayName></rdf:li></rdf:Bag></MPRI:Regions>"
					+ "</MP:RegionInfo>" })
	void findsXmpTagsNamingPeople(String description) {
		assertThat(kinds(xmpJpeg(description))).containsExactly(Kind.NAMES_PERSON);
	}

	@ParameterizedTest
	@ValueSource(ints = { 80, 85, 110, 116, 118, 122 })
	void findsIptcTagsNamingPeople(int dataset) {
		assertThat(kinds(iptcJpeg(dataset, "Jane Smith"))).containsExactly(Kind.NAMES_PERSON);
	}

	@Test
	void findsIptcTagsWrittenByExiftool() {
		MetadataReport report = ImageMetadata.inspect(TestImages.resource("exiftool-iptc.jpg"));
		assertThat(report.issues()).extracting(MetadataIssue::kind)
			.containsExactly(Kind.NAMES_PERSON, Kind.HOME_ADDRESS);
		assertThat(report.issues().get(0).message()).contains("By-line", "Credit", "Copyright Notice");
	}

	@Test
	void findsStreetAddressInIptcSubLocation() {
		assertThat(kinds(iptcJpeg(92, "12 Station Road"))).containsExactly(Kind.HOME_ADDRESS);
	}

	@Test
	void findsPostcodeInXmpLocation() {
		assertThat(kinds(xmpJpeg(" photoshop:City='Ilkeston' Iptc4xmpCore:Location='Mill Row, DE7 4QP'>")))
			.containsExactly(Kind.HOME_ADDRESS);
	}

	@Test
	void ignoresCityAlone() {
		assertThat(kinds(iptcJpeg(90, "Ilkeston"))).isEmpty();
		assertThat(kinds(xmpJpeg(" photoshop:City='Derby' photoshop:Country='United Kingdom'>"))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Author", "Artist", "Copyright", "Creator" })
	void findsPngTextNamingPeople(String keyword) {
		byte[] image = TestImages.pngWith(TestImages.png(), TestImages.text(keyword, "Jane Smith"));
		assertThat(kinds(image)).containsExactly(Kind.NAMES_PERSON);
		assertThat(message(image)).contains("PNG text " + keyword);
	}

	@Test
	void ignoresPngSoftwareAndComment() {
		byte[] image = TestImages.pngWith(TestImages.png(), TestImages.text("Software", "GIMP 2.10"),
				TestImages.text("Comment", "Harvest display"), TestImages.text("Creation Time", "2024-01-01"));
		assertThat(kinds(image)).isEmpty();
	}

	@Test
	void ignoresCameraMakeModelSoftwareAndTimestamps() {
		byte[] image = exifJpeg(Entry.ascii(0x010F, "Apple"), Entry.ascii(0x0110, "iPhone 15"),
				Entry.ascii(0x0131, "17.1"), Entry.ascii(0x0132, "2024:01:01 10:00:00"), Entry.shortValue(0x0112, 1));
		assertThat(kinds(image)).isEmpty();
		assertThat(kinds(TestImages.resource("exiftool-camera.jpg"))).isEmpty();
	}

	@Test
	void ignoresCreatorTool() {
		assertThat(kinds(xmpJpeg(" xmp:CreatorTool='Adobe Photoshop 25.0' xmp:CreateDate='2024-01-01'>"))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Copyright 2024", "\u00a9 2024 All rights reserved", "   ", "(C)", "Unknown", "-" })
	void ignoresCopyrightBoilerplateNamingNobody(String value) {
		assertThat(kinds(exifJpeg(Entry.ascii(0x8298, value)))).isEmpty();
	}

	@Test
	void refusesXmpExternalEntities() {
		String packet = "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/hostname'>]>"
				+ "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
				+ "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:creator><rdf:Seq>"
				+ "<rdf:li>&e;</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>";
		byte[] image = TestImages.jpegWith(TestImages.jpeg(), TestImages.segment(0xE1,
				("http://ns.adobe.com/xap/1.0/\0" + packet).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		MetadataReport report = ImageMetadata.inspect(image);
		assertThat(report.readable()).isTrue();
		assertThat(report.issues()).isEmpty();
	}

	@Test
	void ignoresPetRegion() {
		assertThat(kinds(xmpJpeg("><mwg-rs:Regions rdf:parseType='Resource'><mwg-rs:RegionList><rdf:Bag>"
				+ "<rdf:li rdf:parseType='Resource'><mwg-rs:Name>Biscuit</mwg-rs:Name><mwg-rs:Type>Pet</mwg-rs:Type>"
				+ "</rdf:li></rdf:Bag></mwg-rs:RegionList></mwg-rs:Regions>"))).isEmpty();
	}

	@Test
	void ignoresCleanImages() {
		assertThat(kinds(TestImages.resource("sample-clean.jpg"))).isEmpty();
		assertThat(kinds(TestImages.jpeg())).isEmpty();
		assertThat(kinds(TestImages.png())).isEmpty();
		assertThat(kinds(TestImages.encode(TestImages.halves(8, 8), "gif"))).isEmpty();
	}

	@Test
	void mergesGpsFromExifAndXmpIntoOneIssue() {
		byte[] image = TestImages.jpegWith(TestImages.jpeg(),
				TestImages.exif(List.of(), TestImages.gps("N", 52, 58, 12, "W", 1, 18, 23)),
				TestImages.xmp(" exif:GPSLatitude='52,58.206N' exif:GPSLongitude='1,18.396W'>"));
		assertThat(kinds(image)).containsExactly(Kind.GPS_POSITION);
		assertThat(message(image)).contains("EXIF GPS").contains("XMP exif:GPSLatitude");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "hello, this is not an image", "\u0089PNG\r\n\u001a\n", "GIF89a" })
	void reportsUnreadableImageWithoutThrowing(String content) {
		MetadataReport report = ImageMetadata.inspect(content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		assertThat(report.readable()).isFalse();
		assertThat(report.issues()).isEmpty();
	}

	@Test
	void survivesTruncatedAndCorruptedImages() {
		byte[] gps = TestImages.resource("sample-gps.jpg");
		for (int length = 0; length < gps.length; length += 7) {
			ImageMetadata.inspect(java.util.Arrays.copyOf(gps, length));
		}
		java.util.Random random = new java.util.Random(7);
		for (int i = 0; i < 300; i++) {
			byte[] copy = gps.clone();
			copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
			ImageMetadata.inspect(copy);
		}
	}

}

package org.lanyard.screening.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lanyard.screening.engine.image.TestImages.Entry;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanyard.screening.engine.image.ContentRejected.Reason;

class ImageSanitiserTests {

	private final ImageSanitiser sanitiser = new ImageSanitiser();

	private static List<String> directories(byte[] image) throws Exception {
		Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image), image.length);
		return java.util.stream.StreamSupport.stream(metadata.getDirectories().spliterator(), false)
			.map(Directory::getName)
			.toList();
	}

	private static BufferedImage read(byte[] image) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(image));
	}

	private static boolean reddish(int rgb) {
		Color c = new Color(rgb);
		return c.getRed() > 180 && c.getBlue() < 90;
	}

	private static boolean bluish(int rgb) {
		Color c = new Color(rgb);
		return c.getBlue() > 180 && c.getRed() < 90;
	}

	private static byte[] everythingJpeg() {
		return TestImages.jpegWith(TestImages.jpeg(),
				TestImages.exif(List.of(Entry.ascii(0x013B, "Jane Smith"), Entry.ascii(0x010F, "Apple")),
						TestImages.gps("N", 52, 58, 12, "W", 1, 18, 23)),
				TestImages.xmp(" exif:GPSLatitude='52,58.206N' dc:description='x'>"),
				TestImages.iptc(Map.of(80, "Jane Smith", 90, "Ilkeston")),
				TestImages.segment(0xFE, "a comment".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
	}

	@Test
	void stripsGpsFromSampleImage() throws Exception {
		byte[] clean = sanitiser.sanitise(TestImages.resource("sample-gps.jpg"));
		assertThat(directories(clean)).doesNotContain("GPS", "Exif IFD0", "Exif SubIFD");
		assertThat(ImageMetadata.inspect(clean).issues()).isEmpty();
		assertThat(read(clean).getWidth()).isEqualTo(160);
	}

	@Test
	void stripsEveryKindOfMetadataFromJpeg() throws Exception {
		byte[] dirty = everythingJpeg();
		assertThat(directories(dirty)).contains("Exif IFD0", "GPS", "XMP", "IPTC", "JpegComment");
		byte[] clean = sanitiser.sanitise(dirty);
		assertThat(directories(clean)).containsOnly("JPEG", "JFIF", "Huffman", "File Type");
	}

	@ParameterizedTest
	@ValueSource(strings = { "exiftool-exif-person.jpg", "exiftool-xmp-person.jpg", "exiftool-iptc.jpg",
			"exiftool-xmp-gps.jpg", "exiftool-camera.jpg", "exiftool-png-author.png", "exiftool-png-xmp.png" })
	void stripsMetadataWrittenByExiftool(String name) throws Exception {
		byte[] clean = sanitiser.sanitise(TestImages.resource(name));
		assertThat(ImageMetadata.inspect(clean).issues()).isEmpty();
		assertThat(directories(clean)).doesNotContain("Exif IFD0", "GPS", "XMP", "IPTC", "PNG-tEXt", "PNG-iTXt");
	}

	@Test
	void keepsFormatAndSize() throws Exception {
		byte[] jpeg = sanitiser.sanitise(everythingJpeg());
		assertThat(ImageHeaders.read(jpeg)).hasValue(new ImageHeader(ImageHeader.Format.JPEG, 40, 20));
		byte[] png = sanitiser.sanitise(TestImages.pngWith(TestImages.png(), TestImages.text("Author", "Jane")));
		assertThat(ImageHeaders.read(png)).hasValue(new ImageHeader(ImageHeader.Format.PNG, 40, 20));
		assertThat(directories(png)).doesNotContain("PNG-tEXt");
	}

	@Test
	void keepsPngLossless() throws Exception {
		BufferedImage original = TestImages.halves(40, 20);
		BufferedImage clean = read(sanitiser.sanitise(TestImages.encode(original, "png")));
		for (int y = 0; y < 20; y++) {
			for (int x = 0; x < 40; x++) {
				assertThat(clean.getRGB(x, y)).isEqualTo(original.getRGB(x, y));
			}
		}
	}

	@Test
	void keepsPngTransparency() throws Exception {
		BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
		image.setRGB(0, 0, 0x00FFFFFF);
		image.setRGB(1, 1, 0xFF00FF00);
		BufferedImage clean = read(sanitiser.sanitise(TestImages.encode(image, "png")));
		assertThat(clean.getColorModel().hasAlpha()).isTrue();
		assertThat(clean.getRGB(0, 0) >>> 24).isZero();
		assertThat(clean.getRGB(1, 1)).isEqualTo(0xFF00FF00);
	}

	@Test
	void appliesOrientationSoPictureStaysUpright() throws Exception {
		// stored 40 wide, left half red; orientation 6 means "turn 90° clockwise to view": red ends up on top
		byte[] sideways = TestImages.jpegWith(TestImages.jpeg(),
				TestImages.exif(List.of(Entry.shortValue(0x0112, 6)), List.of()));
		BufferedImage clean = read(sanitiser.sanitise(sideways));
		assertThat(clean.getWidth()).isEqualTo(20);
		assertThat(clean.getHeight()).isEqualTo(40);
		assertThat(reddish(clean.getRGB(10, 5))).isTrue();
		assertThat(bluish(clean.getRGB(10, 35))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void appliesEveryOrientation(int orientation) throws Exception {
		byte[] image = TestImages.jpegWith(TestImages.jpeg(),
				TestImages.exif(List.of(Entry.shortValue(0x0112, orientation)), List.of()));
		BufferedImage clean = read(sanitiser.sanitise(image));
		boolean swapped = orientation >= 5;
		assertThat(clean.getWidth()).isEqualTo(swapped ? 20 : 40);
		// where the stored left (red) half is shown, per the EXIF definitions
		int redX = switch (orientation) {
			case 1, 4 -> 5;
			case 2, 3 -> 35;
			default -> 10;
		};
		int redY = switch (orientation) {
			case 5, 6 -> 5;
			case 7, 8 -> 35;
			default -> 10;
		};
		assertThat(reddish(clean.getRGB(redX, redY))).as("red at %d,%d", redX, redY).isTrue();
	}

	@Test
	void appliesOrientationWrittenByExiftool() throws Exception {
		BufferedImage clean = read(sanitiser.sanitise(TestImages.resource("exiftool-orient6.jpg")));
		assertThat(clean.getWidth()).isEqualTo(120);
		assertThat(clean.getHeight()).isEqualTo(160);
	}

	@Test
	void dropsColourProfile() throws Exception {
		byte[] profile = java.awt.color.ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
		byte[] app2 = new byte[12 + 2 + profile.length];
		System.arraycopy("ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, app2, 0, 12);
		app2[12] = 1;
		app2[13] = 1;
		System.arraycopy(profile, 0, app2, 14, profile.length);
		byte[] withProfile = TestImages.jpegWith(TestImages.jpeg(), TestImages.segment(0xE2, app2));
		assertThat(directories(withProfile)).contains("ICC Profile");
		byte[] clean = sanitiser.sanitise(withProfile);
		assertThat(directories(clean)).doesNotContain("ICC Profile");
		assertThat(read(clean).getColorModel().getColorSpace().isCS_sRGB()).isTrue();
	}

	@Test
	void keepsGreyscaleJpegReadable() throws Exception {
		BufferedImage grey = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
		byte[] clean = sanitiser.sanitise(TestImages.encode(grey, "jpg"));
		assertThat(read(clean).getWidth()).isEqualTo(8);
	}

	@Test
	void refusesDecompressionBombPngBeforeDecoding() {
		byte[] bomb = TestImages.pngClaiming(100_000, 100_000);
		assertThat(bomb.length).isLessThan(1_000);
		assertThatThrownBy(() -> sanitiser.sanitise(bomb)).isInstanceOfSatisfying(ContentRejected.class,
				ex -> assertThat(ex.reason()).isEqualTo(Reason.IMAGE_TOO_MANY_PIXELS));
	}

	@Test
	void refusesDecompressionBombJpegBeforeDecoding() {
		assertThatThrownBy(() -> sanitiser.sanitise(TestImages.jpegClaiming(65_000, 65_000)))
			.isInstanceOfSatisfying(ContentRejected.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.IMAGE_TOO_MANY_PIXELS));
	}

	@Test
	void refusesUnsupportedFormat() {
		byte[] gif = TestImages.encode(TestImages.halves(8, 8), "gif");
		assertThatThrownBy(() -> sanitiser.sanitise(gif)).isInstanceOfSatisfying(ContentRejected.class,
				ex -> assertThat(ex.reason()).isEqualTo(Reason.IMAGE_FORMAT_UNSUPPORTED));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "not an image", "\u00ff\u00d8\u00ff\u00e0 truncated" })
	void refusesUnreadableBytes(String content) {
		byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> sanitiser.sanitise(bytes)).isInstanceOfSatisfying(ContentRejected.class,
				ex -> assertThat(ex.reason()).isEqualTo(Reason.IMAGE_UNREADABLE));
	}

	@Test
	void refusesTruncatedJpegAsUnreadable() {
		byte[] jpeg = TestImages.jpeg();
		byte[] cut = java.util.Arrays.copyOf(jpeg, jpeg.length / 3);
		assertThatThrownBy(() -> sanitiser.sanitise(cut)).isInstanceOf(ContentRejected.class);
	}

	@Test
	void honoursSmallerLimits() {
		ImageSanitiser strict = new ImageSanitiser(new ScreeningLimits(10, 100, 100, 1));
		assertThatThrownBy(() -> strict.sanitise(TestImages.jpeg())).isInstanceOfSatisfying(ContentRejected.class,
				ex -> assertThat(ex.reason()).isEqualTo(Reason.IMAGE_TOO_LARGE));
	}

}

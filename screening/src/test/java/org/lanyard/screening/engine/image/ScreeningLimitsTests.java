package org.lanyard.screening.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.ImageInput;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.ScreeningRequest;
import org.lanyard.screening.engine.image.ContentRejected.Reason;

class ScreeningLimitsTests {

	private final ScreeningLimits limits = ScreeningLimits.DEFAULT;

	private static ScreeningRequest withImages(List<ImageInput> images) {
		return new ScreeningRequest(Direction.OUTGOING, Purpose.SOCIAL_MEDIA, "text", List.of(), images);
	}

	private static Reason reason(Runnable check) {
		try {
			check.run();
		}
		catch (ContentRejected ex) {
			return ex.reason();
		}
		throw new AssertionError("not rejected");
	}

	@Test
	void acceptsTextUpToTheLimit() {
		assertThatCode(() -> limits.checkText("a".repeat(100_000))).doesNotThrowAnyException();
	}

	@Test
	void refusesTextOverTheLimit() {
		assertThatThrownBy(() -> limits.checkText("a".repeat(100_001))).isInstanceOfSatisfying(ContentRejected.class,
				ex -> {
					assertThat(ex.reason()).isEqualTo(Reason.TEXT_TOO_LONG);
					assertThat(ex.reason().httpStatus()).isEqualTo(422);
					assertThat(ex.field()).isEqualTo("text");
					assertThat(ex.limit()).isEqualTo(100_000);
					assertThat(ex.actual()).isEqualTo(100_001);
				});
	}

	@Test
	void refusesImageOverByteLimitWith413() {
		byte[] big = new byte[20 * 1024 * 1024 + 1];
		assertThatThrownBy(() -> limits.checkImage("images[0]", big)).isInstanceOfSatisfying(ContentRejected.class,
				ex -> {
					assertThat(ex.reason()).isEqualTo(Reason.IMAGE_TOO_LARGE);
					assertThat(ex.reason().httpStatus()).isEqualTo(413);
					assertThat(ex.field()).isEqualTo("images[0]");
				});
	}

	@Test
	void refusesPngBombFromItsHeader() {
		assertThat(reason(() -> limits.checkImage("images[0]", TestImages.pngClaiming(100_000, 100_000))))
			.isEqualTo(Reason.IMAGE_TOO_MANY_PIXELS);
	}

	@Test
	void refusesJpegBombFromItsHeader() {
		assertThat(reason(() -> limits.checkImage("images[0]", TestImages.jpegClaiming(60_000, 60_000))))
			.isEqualTo(Reason.IMAGE_TOO_MANY_PIXELS);
	}

	@Test
	void acceptsFiftyMegapixelsButNotMore() {
		assertThat(limits.checkImage("i", TestImages.pngClaiming(10_000, 5_000))).isPresent();
		assertThat(reason(() -> limits.checkImage("i", TestImages.pngClaiming(10_000, 5_001))))
			.isEqualTo(Reason.IMAGE_TOO_MANY_PIXELS);
	}

	@Test
	void refusesGifBombHiddenInALaterFrame() {
		byte[] gif = TestImages.encode(TestImages.halves(8, 8), "gif");
		int descriptor = indexOf(gif, (byte) 0x2C);
		gif[descriptor + 5] = (byte) 0xFF;
		gif[descriptor + 6] = (byte) 0xFF;
		gif[descriptor + 7] = (byte) 0xFF;
		gif[descriptor + 8] = (byte) 0xFF;
		assertThat(reason(() -> limits.checkImage("i", gif))).isEqualTo(Reason.IMAGE_TOO_MANY_PIXELS);
	}

	@Test
	void acceptsOrdinaryImagesAndReturnsTheirHeader() {
		assertThat(limits.checkImage("i", TestImages.jpeg())).hasValue(new ImageHeader(ImageHeader.Format.JPEG, 40, 20));
		assertThat(limits.checkImage("i", TestImages.png())).hasValue(new ImageHeader(ImageHeader.Format.PNG, 40, 20));
		assertThat(limits.checkImage("i", TestImages.encode(TestImages.halves(8, 6), "gif")))
			.hasValue(new ImageHeader(ImageHeader.Format.GIF, 8, 6));
		assertThat(limits.checkImage("i", TestImages.encode(TestImages.halves(8, 6), "bmp")))
			.hasValue(new ImageHeader(ImageHeader.Format.BMP, 8, 6));
		assertThat(limits.checkImage("i", TestImages.encode(TestImages.halves(8, 6), "tiff")))
			.hasValue(new ImageHeader(ImageHeader.Format.TIFF, 8, 6));
	}

	@Test
	void leavesUnknownBytesToOtherLayers() {
		assertThat(limits.checkImage("i", "plain text".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isEmpty();
	}

	@Test
	void refusesTooManyImagesInARequest() {
		List<ImageInput> images = Collections.nCopies(21, new ImageInput("a.jpg", TestImages.jpeg()));
		assertThat(reason(() -> limits.check(withImages(images)))).isEqualTo(Reason.TOO_MANY_IMAGES);
	}

	@Test
	void namesTheBadImageOfARequest() {
		List<ImageInput> images = List.of(new ImageInput("a.jpg", TestImages.jpeg()),
				new ImageInput("bomb.png", TestImages.pngClaiming(100_000, 100_000)));
		assertThatThrownBy(() -> limits.check(withImages(images))).isInstanceOfSatisfying(ContentRejected.class,
				ex -> assertThat(ex.field()).isEqualTo("images[1]"));
	}

	@Test
	void readsWebpHeaders() {
		byte[] vp8x = new byte[30];
		System.arraycopy("RIFF\0\0\0\0WEBPVP8X".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, vp8x, 0, 16);
		vp8x[24] = (byte) 0x0F;
		vp8x[25] = (byte) 0x27;
		vp8x[27] = (byte) 0x0F;
		vp8x[28] = (byte) 0x27;
		assertThat(ImageHeaders.read(vp8x)).hasValue(new ImageHeader(ImageHeader.Format.WEBP, 10_000, 10_000));
		assertThat(reason(() -> limits.checkImage("i", vp8x))).isEqualTo(Reason.IMAGE_TOO_MANY_PIXELS);
	}

	@Test
	void neverThrowsOnTruncatedHeaders() {
		for (byte[] image : List.of(TestImages.jpeg(), TestImages.png(), TestImages.encode(TestImages.halves(8, 6), "gif"),
				TestImages.encode(TestImages.halves(8, 6), "bmp"), TestImages.encode(TestImages.halves(8, 6), "tiff"))) {
			for (int length = 0; length < Math.min(image.length, 400); length++) {
				byte[] cut = java.util.Arrays.copyOf(image, length);
				assertThatCode(() -> ImageHeaders.read(cut)).doesNotThrowAnyException();
			}
		}
	}

	private static int indexOf(byte[] bytes, byte b) {
		for (int i = 13; i < bytes.length; i++) {
			if (bytes[i] == b) {
				return i;
			}
		}
		throw new IllegalStateException();
	}

}

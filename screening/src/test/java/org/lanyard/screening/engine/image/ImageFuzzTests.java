package org.lanyard.screening.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Hostile image bytes: metadata reading never throws, the limits and the sanitiser throw nothing but
 * {@link ContentRejected}, and whatever the sanitiser returns carries no metadata.
 * <p>
 * In a normal {@code mvn test} these run in Jazzer's regression mode: once per seed in
 * {@code src/test/resources/org/lanyard/screening/engine/image/ImageFuzzTestsInputs/<method>/} and per crash found
 * before. To fuzz for real (one method at a time, e.g. for ten minutes):
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -pl screening test -Dtest=ImageFuzzTests#sanitiserThrowsOnlyContentRejected \
 *     -Djazzer.max_duration=10m
 * </pre>
 * New crashes are written next to the seeds; commit them as regression inputs once fixed. The growing corpus goes to
 * {@code .cifuzz-corpus/}, which git ignores.
 */
class ImageFuzzTests {

	private static final ImageSanitiser SANITISER = new ImageSanitiser(
			new ScreeningLimits(100_000, 4L * 1024 * 1024, 4_000_000L, 20));

	@FuzzTest(maxDuration = "5m")
	void metadataInspectionNeverThrows(byte[] data) {
		MetadataReport report = ImageMetadata.inspect(data);
		if (!report.readable()) {
			assertThat(report.issues()).isEmpty();
		}
	}

	@FuzzTest(maxDuration = "5m")
	void limitsThrowOnlyContentRejected(byte[] data) {
		try {
			ScreeningLimits.DEFAULT.checkImage("image", data);
		}
		catch (ContentRejected expected) {
			// the documented refusal
		}
	}

	@FuzzTest(maxDuration = "5m")
	void sanitiserThrowsOnlyContentRejected(byte[] data) {
		byte[] clean;
		try {
			clean = SANITISER.sanitise(data);
		}
		catch (ContentRejected expected) {
			return;
		}
		assertThat(ImageMetadata.inspect(clean).issues()).isEmpty();
	}

}

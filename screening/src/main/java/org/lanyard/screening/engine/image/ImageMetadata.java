package org.lanyard.screening.engine.image;

import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.ImageInput;
import org.lanyard.screening.engine.rules.Draft;
import org.lanyard.screening.engine.rules.FindingSink;
import org.lanyard.screening.engine.rules.ScreeningRule;

/**
 * IMAGE_METADATA: an attached image carries a GPS position or a tag that names a person (Little Eaton 5.5.iv: do not
 * divulge a home address). Camera make, model, software and timestamps are not findings: publishing strips every tag
 * anyway ({@link ImageSanitiser}), this rule is about what the file gives away before then, e.g. to a reviewer who
 * downloads it. An image that cannot be parsed yields nothing here; {@link #inspect(byte[])} tells the app so.
 */
public final class ImageMetadata implements ScreeningRule {

	@Override
	public void check(Draft draft, FindingSink sink) {
		for (ImageInput image : draft.request().images()) {
			for (MetadataIssue issue : inspect(image.bytes()).issues()) {
				sink.report(FindingCode.IMAGE_METADATA, null, null, image.filename(), issue.message());
			}
		}
	}

	/** Reads an image's metadata; never throws, whatever the bytes. */
	public static MetadataReport inspect(byte[] bytes) {
		return MetadataScanner.scan(bytes);
	}

}

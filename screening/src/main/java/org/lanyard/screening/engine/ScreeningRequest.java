package org.lanyard.screening.engine;

import java.util.List;

/**
 * One piece of content to screen.
 *
 * @param direction outgoing post or incoming comment
 * @param purpose the channel, which decides which consent counts
 * @param text the words, exactly as written; offsets in findings refer to this string
 * @param pupilsPictured external ids of the pupils the author says appear in the images
 * @param images the attached image files
 */
public record ScreeningRequest(Direction direction, Purpose purpose, String text, List<String> pupilsPictured,
		List<ImageInput> images) {

	public ScreeningRequest {
		pupilsPictured = List.copyOf(pupilsPictured);
		images = List.copyOf(images);
	}

	public static ScreeningRequest outgoing(Purpose purpose, String text) {
		return new ScreeningRequest(Direction.OUTGOING, purpose, text, List.of(), List.of());
	}

	public static ScreeningRequest incoming(String text) {
		return new ScreeningRequest(Direction.INCOMING, Purpose.SOCIAL_MEDIA, text, List.of(), List.of());
	}

}

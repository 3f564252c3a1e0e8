package org.lanyard.screening.engine;

/** A photo attached to a draft or a comment, as the bytes of its file. */
public record ImageInput(String filename, byte[] bytes) {
}

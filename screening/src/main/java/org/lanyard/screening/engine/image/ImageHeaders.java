package org.lanyard.screening.engine.image;

import java.util.Optional;

import org.lanyard.screening.engine.image.ImageHeader.Format;

/**
 * Reads an image's claimed size from its header, so that a decompression bomb (a 100 kB PNG claiming 100,000 ×
 * 100,000 pixels) is refused before any decoder allocates for it. Every read is bounds-checked: a short or garbled
 * header gives {@link Optional#empty()}, never an exception.
 */
final class ImageHeaders {

	private ImageHeaders() {
	}

	static Optional<ImageHeader> read(byte[] b) {
		try {
			if (Bytes.startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
				return Bytes.matches(b, 12, "IHDR") ? of(Format.PNG, Bytes.u32be(b, 16), Bytes.u32be(b, 20)) : Optional.empty();
			}
			if (Bytes.startsWith(b, 0xFF, 0xD8)) {
				return jpeg(b);
			}
			if (Bytes.matches(b, 0, "GIF87a") || Bytes.matches(b, 0, "GIF89a")) {
				return gif(b);
			}
			if (Bytes.matches(b, 0, "BM")) {
				boolean core = Bytes.u32le(b, 14) == 12;
				long width = core ? Bytes.u16le(b, 18) : Math.abs((int) Bytes.u32le(b, 18));
				long height = core ? Bytes.u16le(b, 20) : Math.abs((int) Bytes.u32le(b, 22));
				return of(Format.BMP, width, height);
			}
			if (Bytes.matches(b, 0, "RIFF") && Bytes.matches(b, 8, "WEBP")) {
				return webp(b);
			}
			if (Bytes.matches(b, 0, "II*\0") || Bytes.matches(b, 0, "MM\0*")) {
				return tiff(b, b[0] == 'I');
			}
		}
		catch (ArrayIndexOutOfBoundsException ex) {
			// a header cut short: nothing to say about its size
		}
		return Optional.empty();
	}

	/** Walks the marker segments up to the first start-of-frame; the scan data after SOS is never touched. */
	private static Optional<ImageHeader> jpeg(byte[] b) {
		int i = 2;
		while (i + 3 < b.length) {
			if ((b[i] & 0xFF) != 0xFF) {
				return Optional.empty();
			}
			int marker = b[i + 1] & 0xFF;
			if (marker == 0xFF) {
				i++;
				continue;
			}
			if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
				i += 2;
				continue;
			}
			if (marker == 0xD9 || marker == 0xDA) {
				return Optional.empty();
			}
			int length = Bytes.u16be(b, i + 2);
			boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
					&& marker != 0xCC;
			if (startOfFrame) {
				return of(Format.JPEG, Bytes.u16be(b, i + 7), Bytes.u16be(b, i + 5));
			}
			if (length < 2) {
				return Optional.empty();
			}
			i += 2 + length;
		}
		return Optional.empty();
	}

	/** The logical screen and every frame: a frame may claim to be larger than the screen, and is decoded as such. */
	private static Optional<ImageHeader> gif(byte[] b) {
		long width = Bytes.u16le(b, 6);
		long height = Bytes.u16le(b, 8);
		int i = 13 + ((b[10] & 0x80) != 0 ? 3 << ((b[10] & 7) + 1) : 0);
		while (i < b.length) {
			int block = b[i] & 0xFF;
			if (block == 0x3B) {
				break;
			}
			if (block == 0x21) {
				i = skipSubBlocks(b, i + 2);
			}
			else if (block == 0x2C) {
				width = Math.max(width, Bytes.u16le(b, i + 5));
				height = Math.max(height, Bytes.u16le(b, i + 7));
				int flags = b[i + 9] & 0xFF;
				i += 10 + ((flags & 0x80) != 0 ? 3 << ((flags & 7) + 1) : 0);
				i = skipSubBlocks(b, i + 1);
			}
			else {
				break;
			}
		}
		return of(Format.GIF, width, height);
	}

	private static int skipSubBlocks(byte[] b, int from) {
		int i = from;
		while (i < b.length && b[i] != 0) {
			i += (b[i] & 0xFF) + 1;
		}
		return i + 1;
	}

	private static Optional<ImageHeader> webp(byte[] b) {
		if (Bytes.matches(b, 12, "VP8X")) {
			return of(Format.WEBP, Bytes.u24le(b, 24) + 1, Bytes.u24le(b, 27) + 1);
		}
		if (Bytes.matches(b, 12, "VP8L")) {
			long bits = Bytes.u32le(b, 21);
			return of(Format.WEBP, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
		}
		if (Bytes.matches(b, 12, "VP8 ")) {
			return of(Format.WEBP, Bytes.u16le(b, 26) & 0x3FFF, Bytes.u16le(b, 28) & 0x3FFF);
		}
		return Optional.empty();
	}

	/** ImageWidth (256) and ImageLength (257) in the first IFD. */
	private static Optional<ImageHeader> tiff(byte[] b, boolean little) {
		int ifd = (int) (little ? Bytes.u32le(b, 4) : Bytes.u32be(b, 4));
		if (ifd < 8 || ifd > b.length - 2) {
			return Optional.empty();
		}
		int entries = little ? Bytes.u16le(b, ifd) : Bytes.u16be(b, ifd);
		long width = -1;
		long height = -1;
		for (int n = 0; n < entries && ifd + 2 + 12 * n + 12 <= b.length; n++) {
			int e = ifd + 2 + 12 * n;
			int tag = little ? Bytes.u16le(b, e) : Bytes.u16be(b, e);
			int type = little ? Bytes.u16le(b, e + 2) : Bytes.u16be(b, e + 2);
			long value = type == 3 ? (little ? Bytes.u16le(b, e + 8) : Bytes.u16be(b, e + 8)) : (little ? Bytes.u32le(b, e + 8) : Bytes.u32be(b, e + 8));
			if (tag == 256) {
				width = value;
			}
			else if (tag == 257) {
				height = value;
			}
		}
		return width < 0 || height < 0 ? Optional.empty() : of(Format.TIFF, width, height);
	}

	private static Optional<ImageHeader> of(Format format, long width, long height) {
		return Optional.of(new ImageHeader(format, width, height));
	}

}

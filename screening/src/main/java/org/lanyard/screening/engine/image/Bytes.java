package org.lanyard.screening.engine.image;

/** Bounds-unchecked reads of big- and little-endian numbers; callers catch the index exception of a short file. */
final class Bytes {

	private Bytes() {
	}

	static boolean startsWith(byte[] b, int... prefix) {
		if (b.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((b[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	static boolean matches(byte[] b, int at, String ascii) {
		if (b.length < at + ascii.length()) {
			return false;
		}
		for (int i = 0; i < ascii.length(); i++) {
			if (b[at + i] != (byte) ascii.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	static int u16be(byte[] b, int i) {
		return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
	}

	static int u16le(byte[] b, int i) {
		return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8);
	}

	static long u24le(byte[] b, int i) {
		return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8) | ((long) (b[i + 2] & 0xFF) << 16);
	}

	static long u32be(byte[] b, int i) {
		return ((long) u16be(b, i) << 16) | u16be(b, i + 2);
	}

	static long u32le(byte[] b, int i) {
		return u16le(b, i) | ((long) u16le(b, i + 2) << 16);
	}

}

package org.lanyard.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random values people are given once (tokens, links, recovery codes) and the one-way hashes under which they are
 * stored. SHA-256 is enough here: unlike passwords, these values carry 128 bits or more of randomness.
 */
final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	private Secrets() {
	}

	static String newToken(String prefix) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** A recovery code easy to read out and type: {@code xxxxx-xxxxx}, no look-alike letters. */
	static String newRecoveryCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)]);
		}
		return code.toString();
	}

	static String hash(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Recovery codes are typed by hand: ignore case, spaces and the hyphen before hashing. */
	static String hashRecoveryCode(String code) {
		return hash(code.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s-]", ""));
	}

}

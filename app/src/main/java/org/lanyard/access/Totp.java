package org.lanyard.access;

import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: SHA-1, 6 digits, 30-second steps.
 * A code from the step before or after is accepted too, for phones whose clocks drift.
 */
@Component
class Totp {

	static final Duration STEP = Duration.ofSeconds(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6);

	private final Clock clock;

	Totp(Clock clock) {
		this.clock = clock;
	}

	/** A new 160-bit secret in Base32, as authenticator apps take it. */
	String newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return new Base32().encodeToString(secret).replace("=", "");
	}

	/** The {@code otpauth://} address an authenticator app reads from the QR code. */
	String provisioningUri(String secret, String account, String issuer) {
		String label = urlEncode(issuer) + ":" + urlEncode(account);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + urlEncode(issuer)
				+ "&algorithm=SHA1&digits=6&period=30";
	}

	/** The time step the code belongs to, if it is right for this secret now (give or take one step). */
	OptionalLong verify(String secret, String code) {
		String digits = code.replaceAll("\\s", "");
		if (!digits.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long now = clock.instant().getEpochSecond() / STEP.getSeconds();
		for (long step = now - 1; step <= now + 1; step++) {
			if (codeAt(secret, step).equals(digits)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	String codeAt(String secret, long step) {
		var key = new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm());
		try {
			int code = generator.generateOneTimePassword(key, Instant.ofEpochSecond(step * STEP.getSeconds()));
			return String.format("%06d", code);
		}
		catch (InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String urlEncode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

}

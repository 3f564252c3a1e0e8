package org.lanyard.access;

import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * The phone app a person types their secret into: makes the 6-digit codes from the secret Lanyard showed, on its own,
 * the way Microsoft or Google Authenticator do (RFC 6238: SHA-1, 30-second steps). Tests use it instead of Lanyard's
 * own code, so that a mistake in Lanyard's TOTP cannot hide itself.
 */
public final class AuthenticatorApp {

	private static final Duration STEP = Duration.ofSeconds(30);

	private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6);

	private final SecretKeySpec key;

	/** @param secret the Base32 secret as the set-up page shows it (spaces allowed) */
	public AuthenticatorApp(String secret) {
		this.key = new SecretKeySpec(new Base32().decode(secret.replaceAll("\\s", "").toUpperCase()),
				generator.getAlgorithm());
	}

	/** The code the app shows now. */
	public String codeNow() {
		return codeAt(Instant.now());
	}

	/**
	 * The code the app will show in the next 30-second step. Lanyard accepts it (clocks drift), and it is always later
	 * than a code just used, so a test needs no wait between setting up and signing in.
	 */
	public String nextCode() {
		return codeAt(Instant.now().plus(STEP));
	}

	/** The code the app showed in the last 30-second step (Lanyard still accepts it: clocks drift). */
	public String previousCode() {
		return codeAt(Instant.now().minus(STEP));
	}

	private String codeAt(Instant instant) {
		try {
			return String.format("%06d", generator.generateOneTimePassword(key, instant));
		}
		catch (InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
	}

}

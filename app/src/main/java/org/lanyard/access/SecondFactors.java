package org.lanyard.access;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import org.lanyard.shared.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting up and checking the second factor: an authenticator app, with recovery codes for a lost phone. */
@Service
class SecondFactors {

	static final String ISSUER = "Lanyard";

	static final int RECOVERY_CODES = 10;

	private final AccountRepository accounts;

	private final Totp totp;

	private final ApplicationEventPublisher events;

	SecondFactors(AccountRepository accounts, Totp totp, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.totp = totp;
		this.events = events;
	}

	/** Starts (or restarts) setting up: a fresh secret, not in force until a code from it is confirmed. */
	@Transactional
	Enrolment begin(UUID userId) {
		var account = accounts.findById(userId).orElseThrow();
		String secret = account.totpSecret() != null && !account.totpEnabled() ? account.totpSecret() : totp.newSecret();
		if (!secret.equals(account.totpSecret())) {
			accounts.setTotpSecret(userId, secret);
		}
		return new Enrolment(secret, totp.provisioningUri(secret, account.email(), ISSUER));
	}

	/**
	 * Confirms set-up with a code from the app, and returns the recovery codes (shown once, stored hashed).
	 * @throws InvalidInputException when the code is wrong
	 */
	@Transactional
	List<String> confirm(UUID userId, String code) {
		var account = accounts.findById(userId).orElseThrow();
		if (account.totpSecret() == null) {
			throw InvalidInputException.of("code", "Start setting up your authenticator app first.");
		}
		OptionalLong step = totp.verify(account.totpSecret(), code);
		if (step.isEmpty()) {
			throw InvalidInputException.of("code",
					"That code is not right. Type the 6 digits your authenticator app shows now.");
		}
		accounts.enableTotp(userId, step.getAsLong());
		List<String> codes = newRecoveryCodes(userId);
		events.publishEvent(new AccountChanged(userId, "account.second-factor-enabled", "Authenticator app set up"));
		return codes;
	}

	/** Replaces the recovery codes: the old ones stop working. */
	@Transactional
	List<String> newRecoveryCodes(UUID userId) {
		List<String> codes = new ArrayList<>();
		List<String> hashes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String code = Secrets.newRecoveryCode();
			codes.add(code);
			hashes.add(Secrets.hashRecoveryCode(code));
		}
		accounts.replaceRecoveryCodes(userId, hashes);
		return codes;
	}

	/** Whether the code (from the app, or an unused recovery code) proves the second factor. Each works once. */
	@Transactional
	boolean verify(UUID userId, String code) {
		var account = accounts.findById(userId).orElseThrow();
		if (!account.totpEnabled() || account.totpSecret() == null) {
			return false;
		}
		OptionalLong step = totp.verify(account.totpSecret(), code);
		if (step.isPresent()) {
			return accounts.useTotpStep(userId, step.getAsLong());
		}
		if (code.strip().length() >= 10 && accounts.useRecoveryCode(userId, Secrets.hashRecoveryCode(code))) {
			events.publishEvent(new AccountChanged(userId, "account.recovery-code-used", "Signed in with a recovery code"));
			return true;
		}
		return false;
	}

	int unusedRecoveryCodes(UUID userId) {
		return accounts.unusedRecoveryCodes(userId);
	}

	/** What the set-up page shows: the secret to type in, and the address the QR code carries. */
	record Enrolment(String secret, String provisioningUri) {
	}

}

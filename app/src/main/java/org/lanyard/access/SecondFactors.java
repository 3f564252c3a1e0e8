package org.lanyard.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

	/**
	 * Starts moving to a new phone. The current factor is proved first (a code from the app in use, or a recovery code
	 * for a phone already lost); the new app's secret then waits beside the old one, which keeps working until a code
	 * from the new app is confirmed, so a move abandoned half-way leaves the account as it was.
	 * @throws InvalidInputException when the current code is wrong
	 */
	@Transactional
	Enrolment beginMove(UUID userId, String currentCode) {
		if (!verify(userId, currentCode)) {
			throw InvalidInputException.of("currentCode", "That code is not right. Type the 6 digits your current "
					+ "authenticator app shows now, or one of your recovery codes.");
		}
		var account = accounts.findById(userId).orElseThrow();
		String secret = totp.newSecret();
		accounts.setPendingTotpSecret(userId, secret);
		return new Enrolment(secret, totp.provisioningUri(secret, account.email(), ISSUER));
	}

	/** The move under way, if any: the new app's secret and the address its QR code carries. */
	Optional<Enrolment> pendingMove(UUID userId) {
		String secret = accounts.pendingTotpSecret(userId);
		if (secret == null) {
			return Optional.empty();
		}
		var account = accounts.findById(userId).orElseThrow();
		return Optional.of(new Enrolment(secret, totp.provisioningUri(secret, account.email(), ISSUER)));
	}

	/**
	 * Finishes the move with a code from the new app: the new app is the second factor from now on, the old one stops
	 * working, and the recovery codes are replaced (returned once, stored hashed).
	 * @throws InvalidInputException when no move is under way or the code is wrong
	 */
	@Transactional
	List<String> confirmMove(UUID userId, String code) {
		String secret = accounts.pendingTotpSecret(userId);
		if (secret == null) {
			throw InvalidInputException.of("code", "Start moving to a new phone from your account page first.");
		}
		OptionalLong step = totp.verify(secret, code);
		if (step.isEmpty() || !accounts.promotePendingTotpSecret(userId, secret, step.getAsLong())) {
			throw InvalidInputException.of("code",
					"That code is not right. Type the 6 digits your new authenticator app shows now.");
		}
		List<String> codes = newRecoveryCodes(userId);
		events.publishEvent(new AccountChanged(userId, "account.second-factor-moved",
				"Authenticator app moved to a new phone; the old app and recovery codes no longer work"));
		return codes;
	}

	/**
	 * Takes a colleague's second factor away when they have lost both their phone and their recovery codes: they set
	 * up a new app the next time they sign in (their role still requires one). Done by a trust administrator, who
	 * should first be sure who is asking; the trail records who did it.
	 */
	@Transactional
	void reset(UUID userId) {
		accounts.clearSecondFactor(userId);
		events.publishEvent(new AccountChanged(userId, "account.second-factor-reset",
				"Authenticator app and recovery codes taken away by a trust administrator; a new app is set up at next sign-in"));
	}

	int unusedRecoveryCodes(UUID userId) {
		return accounts.unusedRecoveryCodes(userId);
	}

	/** What the set-up page shows: the secret to type in, and the address the QR code carries. */
	record Enrolment(String secret, String provisioningUri) {
	}

}

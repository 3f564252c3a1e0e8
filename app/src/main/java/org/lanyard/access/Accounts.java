package org.lanyard.access;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lanyard.schools.Grant;
import org.lanyard.schools.SchoolRole;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people who can sign in to Lanyard, and what each may do in which school. */
@Service
public class Accounts {

	private final AccountRepository accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Accounts(AccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** Creates an account with no password yet; the person sets one through a one-time sign-in link. */
	@Transactional
	public UUID create(String email, String displayName, boolean trustAdmin, @Nullable UUID personId) {
		UUID id = UUID.randomUUID();
		accounts.insert(id, email, displayName, trustAdmin, personId);
		events.publishEvent(new AccountCreated(id, trustAdmin));
		return id;
	}

	@Transactional
	public void grant(UUID userId, UUID schoolId, SchoolRole role) {
		accounts.grant(userId, schoolId, role);
		events.publishEvent(new RoleGranted(userId, schoolId, role));
	}

	void recordRevoked(UUID userId, UUID schoolId, SchoolRole role) {
		events.publishEvent(new RoleRevoked(userId, schoolId, role));
	}

	public Optional<UUID> findIdByEmail(String email) {
		return accounts.findByEmail(email).map(AccountRepository.Account::id);
	}

	public boolean anyTrustAdmin() {
		return accounts.anyTrustAdmin();
	}

	/** The first trust administrator, while they have not yet chosen a password. */
	public Optional<UUID> firstTrustAdminWithoutPassword() {
		return accounts.firstTrustAdmin().filter(a -> a.passwordHash() == null).map(AccountRepository.Account::id);
	}

	Optional<LanyardUser> loadByEmail(String email) {
		return accounts.findByEmail(email).map(this::toUser);
	}

	Optional<LanyardUser> load(UUID id) {
		return accounts.findById(id).map(this::toUser);
	}

	void recordSignIn(UUID userId) {
		accounts.recordSignIn(userId, Instant.now(clock));
	}

	private LanyardUser toUser(AccountRepository.Account account) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(SignInState.SIGNED_IN);
		boolean secondFactorRequired = account.trustAdmin();
		if (account.trustAdmin()) {
			authorities.add(new SimpleGrantedAuthority(Grant.TRUST_ADMIN));
		}
		for (AccountRepository.RoleRow row : accounts.roles(account.id())) {
			authorities.add(new SimpleGrantedAuthority(Grant.authority(row.schoolId(), row.role())));
			secondFactorRequired |= row.role().needsSecondFactor();
		}
		return new LanyardUser(account.id(), account.email(), account.displayName(), account.passwordHash(),
				account.totpEnabled(), secondFactorRequired, account.disabled(), List.copyOf(authorities));
	}

}

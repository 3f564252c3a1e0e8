package org.lanyard.access;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lanyard.people.PeopleDirectory;
import org.lanyard.people.PersonView;
import org.lanyard.schools.SchoolRole;
import org.lanyard.schools.SchoolView;
import org.lanyard.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who can sign in to a school, and with which roles: a member of staff, governor or volunteer from the directory is
 * invited with a role and receives a one-time link to choose a password.
 */
@Service
public class SchoolAccounts {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final AccountRepository repository;

	private final SignInLinks links;

	private final PeopleDirectory people;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final SecondFactors secondFactors;

	SchoolAccounts(JdbcClient jdbc, Accounts accounts, AccountRepository repository, SignInLinks links,
			PeopleDirectory people, FindByIndexNameSessionRepository<? extends Session> sessions,
			SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.repository = repository;
		this.links = links;
		this.people = people;
		this.sessions = sessions;
	}

	/**
	 * A person who can sign in to the school.
	 *
	 * @param userId the account id
	 * @param name the name shown
	 * @param email the e-mail address they sign in with
	 * @param roles their roles in this school
	 * @param passwordSet whether they have chosen a password yet
	 * @param secondFactor whether they use an authenticator app
	 */
	public record Member(UUID userId, String name, String email, Set<SchoolRole> roles, boolean passwordSet,
			boolean secondFactor) {
	}

	/**
	 * The outcome of an invitation.
	 *
	 * @param userId the account
	 * @param signInLink the one-time link to pass on, or {@code null} when the person already has a password
	 */
	public record Invitation(UUID userId, @Nullable String signInLink) {
	}

	@Transactional(readOnly = true)
	public List<Member> members(SchoolView school) {
		Map<UUID, Member> members = new LinkedHashMap<>();
		jdbc.sql("""
				select u.id, u.display_name, u.email, u.password_hash is not null, u.totp_enabled, g.role
				from access.role_grant g join access.user_account u on u.id = g.user_id
				where g.school_id = ? order by lower(u.display_name), g.role
				""").param(school.id()).query(rs -> {
			UUID id = rs.getObject(1, UUID.class);
			members.computeIfAbsent(id, key -> {
				try {
					return new Member(key, rs.getString(2), rs.getString(3), EnumSet.noneOf(SchoolRole.class),
							rs.getBoolean(4), rs.getBoolean(5));
				}
				catch (java.sql.SQLException e) {
					throw new IllegalStateException(e);
				}
			}).roles().add(SchoolRole.valueOf(rs.getString(6)));
		});
		return new ArrayList<>(members.values());
	}

	/**
	 * Gives a person of the school's directory a role, making their account if they have none.
	 * @throws InvalidInputException when the person is not staff, a governor or a volunteer, or has no e-mail address
	 */
	@Transactional
	public Invitation invite(SchoolView school, String externalId, SchoolRole role) {
		PersonView person = people.findByExternalId(school, externalId.strip())
			.orElseThrow(() -> InvalidInputException.of("person", "No one with id " + externalId + " in this school."));
		if (!Set.of("STAFF", "GOVERNOR", "VOLUNTEER").contains(person.role())) {
			throw InvalidInputException.of("person", "Only staff, governors and volunteers can be given a role.");
		}
		if (person.email() == null) {
			throw InvalidInputException.of("person", person.displayName()
					+ " has no e-mail address in the directory. Add it in the MIS and import the people file again.");
		}
		UUID userId = accounts.findIdByEmail(person.email())
			.orElseGet(() -> accounts.create(person.email(), person.displayName(), false, person.id()));
		accounts.grant(userId, school.id(), role);
		boolean hasPassword = repository.findById(userId).map(a -> a.passwordHash() != null).orElse(false);
		return new Invitation(userId, hasPassword ? null : links.issue(userId));
	}

	/**
	 * Takes a member's second factor away when they have lost their phone and their recovery codes; they set up a new
	 * authenticator app the next time they sign in, and are signed out everywhere now, so no session made with the
	 * lost phone goes on. Only a trust administrator may, and not for themselves (they move their own to a new phone).
	 * @return whether the member was found in the school
	 */
	@Transactional
	public boolean resetSecondFactor(SchoolView school, UUID userId, UUID actingUserId) {
		if (userId.equals(actingUserId)) {
			throw InvalidInputException.of("member", "Move your own authenticator app from your account page.");
		}
		boolean member = jdbc.sql("select exists (select 1 from access.role_grant where user_id = ? and school_id = ?)")
			.params(userId, school.id())
			.query(Boolean.class)
			.single();
		if (!member) {
			return false;
		}
		secondFactors.reset(userId);
		signOutEverywhere(userId);
		return true;
	}

	private void signOutEverywhere(UUID userId) {
		repository.findById(userId)
			.ifPresent(account -> sessions.findByPrincipalName(account.email()).keySet().forEach(sessions::deleteById));
	}

	/** Takes a role away; the person is signed out everywhere, so the change holds at once. */
	@Transactional
	public void revoke(SchoolView school, UUID userId, SchoolRole role) {
		if (repository.revoke(userId, school.id(), role) == 1) {
			accounts.recordRevoked(userId, school.id(), role);
			signOutEverywhere(userId);
		}
	}

}

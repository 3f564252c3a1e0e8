package org.lanyard.screening.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanyard.screening.engine.PersonRole;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.RosterPerson;
import org.lanyard.screening.engine.ScreeningRequest;

class EmailAddressesTests {

	private static final Roster ROSTER = Roster.of(List.of(
			new RosterPerson("A20", PersonRole.PARENT, "Dawn", "Fisher", null, "dawn.fisher@example.net"),
			new RosterPerson("S03", PersonRole.STAFF, "Alan", "Pratt", null, "a.pratt@ashbylane.derbyshire.sch.uk")));

	private final EmailAddresses rule = new EmailAddresses(ROSTER,
			SchoolDomains.of(Reports.ASHBY_LANE.allowedLinkDomains()));

	private List<String> found(String text) {
		return Reports.words(rule, text);
	}

	@Test
	void findsPlainAddress() {
		assertThat(found("Email me at jane.smith1985@gmail.com about the fair.")).containsExactly(
				"jane.smith1985@gmail.com");
	}

	@Test
	void namesRosterPersonAsSubject() {
		List<Reports.Report> reports = Reports.of(rule,
				ScreeningRequest.incoming("Contact Dawn.Fisher@example.net for tickets"), ROSTER);
		assertThat(reports).singleElement().satisfies(r -> assertThat(r.subject()).isEqualTo("A20"));
	}

	@Test
	void leavesSubjectEmptyForUnknownPerson() {
		assertThat(Reports.of(rule, ScreeningRequest.outgoing(Purpose.NEWSLETTER, "bob99@hotmail.co.uk"), ROSTER))
			.singleElement()
			.satisfies(r -> assertThat(r.subject()).isNull());
	}

	@Test
	void messageMasksTheAddress() {
		String message = Reports.of(rule, "write to jane.smith1985@gmail.com").get(0).message();
		assertThat(message).contains("E-mail address").doesNotContain("gmail.com").doesNotContain("smith1985");
	}

	@ParameterizedTest
	@ValueSource(strings = { "jane.smith@gmail.com", "j_smith+school@outlook.com", "tom.o'neill@btinternet.com",
			"mum-of-3@yahoo.co.uk", "Bob.Jones@Example.ORG", "info@gmail.com", "dawn.fisher@example.net",
			"parent.rep@ashbylane-pta.org.uk" })
	void findsAddressesOfPeople(String address) {
		assertThat(found("reply to " + address + ", thanks")).containsExactly(address);
	}

	@ParameterizedTest
	@ValueSource(strings = { "jane at gmail dot com", "jane dot smith at gmail dot com", "jane(at)gmail(dot)com",
			"jane [at] gmail [dot] co [dot] uk", "jane at hotmail.co.uk", "JANE AT GMAIL DOT COM",
			"jane {at} smithfamily {dot} org", "jane (at) smithfamily.org" })
	void findsDisguisedAddresses(String address) {
		assertThat(found("message " + address + " please")).containsExactly(address);
	}

	@ParameterizedTest
	@ValueSource(strings = { "office@ashbylane.derbyshire.sch.uk", "a.pratt@ashbylane.derbyshire.sch.uk",
			"head@mail.ashbylane.derbyshire.sch.uk", "enquiries@ofsted.gov.uk", "someone@education.gov.uk",
			"info@nspcc.org.uk", "help@childline.org.uk", "office@kedlestonfarm.co.uk", "noreply@parentmail.co.uk",
			"admissions@derbyshire.gov.uk" })
	void ignoresSchoolAndOrganisationAddresses(String address) {
		assertThat(found("Contact " + address + " for details")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Read the article at bbc.co.uk today", "Meet at the gate at 3pm",
			"Look at www.example.com", "Follow us @AshbyLanePrimary", "Tickets @ £5 each", "See https://gov.uk@evil.com",
			"Arrive at 8.45 at school", "We are at 95% attendance", "email address: (not given)", "a@b",
			"We met at Derby dot station" })
	void ignoresThingsThatAreNotAddresses(String text) {
		assertThat(found(text)).isEmpty();
	}

	@Test
	void findsSeveralAddresses() {
		assertThat(found("a.b@gmail.com or c.d@yahoo.com")).containsExactly("a.b@gmail.com", "c.d@yahoo.com");
	}

}

package org.lanyard.screening.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.ScreeningRequest;

class PhoneNumbersTests {

	private final PhoneNumbers rule = new PhoneNumbers();

	private List<String> found(String text) {
		return Reports.words(rule, text);
	}

	@Test
	void findsMobileInDramaRange() {
		String text = "Questions about Friday's trip? Call Mr Pratt on his mobile, 07700 900305.";
		List<Reports.Report> reports = Reports.of(rule, text);
		assertThat(reports).singleElement().satisfies(r -> {
			assertThat(r.code()).isEqualTo(FindingCode.PERSONAL_DATA);
			assertThat(r.words()).isEqualTo("07700 900305");
			assertThat(r.subject()).isNull();
		});
	}

	@Test
	void messageMasksTheNumber() {
		String message = Reports.of(rule, "ring 07700 900305").get(0).message();
		assertThat(message).contains("Phone number").doesNotContain("900305").doesNotContain("07700 9003");
	}

	@ParameterizedTest
	@ValueSource(strings = { "07700 900305", "07700900305", "07700-900-305", "07700.900.305", "07700 900 305",
			"+44 7700 900305", "+447700900305", "+44 (0)7700 900305", "+44 (0) 7700 900305", "0044 7700 900305",
			"07911 123456", "07911 654321", "(01632) 960 123", "01632 960123", "0115 496 0123", "0161 496 0000",
			"020 7946 0958", "(020) 7946 0958", "0207 946 0958", "028 9649 6000", "029 2018 0000", "01332 123456",
			"+44 20 7946 0958", "0044 (0)1332 123456" })
	void findsUkNumbersInEveryCommonFormat(String number) {
		assertThat(found("You can reach me on " + number + " after six")).containsExactly(number);
	}

	@Test
	void findsValidForeignNumberWrittenInternationally() {
		assertThat(found("My sister in France: +33 1 23 45 67 89")).containsExactly("+33 1 23 45 67 89");
	}

	@Test
	void findsTwoNumbersSeparatedBySlash() {
		assertThat(found("text 07700 900305/07700 900306")).containsExactly("07700 900305", "07700 900306");
	}

	@Test
	void findsNumberAtStartOfText() {
		assertThat(found("07700900123 call me")).containsExactly("07700900123");
	}

	@Test
	void findsNumberWhenSentenceMentionsSchoolButItIsHers() {
		assertThat(found("If the school can't reach her, her mobile is 07700 900461")).hasSize(1);
	}

	@Test
	void ignoresSchoolOfficeNumber() {
		assertThat(found("Please ring the school office on 01332 123456 to book.")).isEmpty();
		assertThat(found("Absences: call reception on 020 7946 0958.")).isEmpty();
	}

	@Test
	void ignoresCallUsInSchoolsOwnPost() {
		assertThat(found("Any questions? Call us on 01332 123456.")).isEmpty();
		assertThat(found("Our number has changed: 01332 123457")).isEmpty();
	}

	@Test
	void findsCallUsInIncomingComment() {
		List<Reports.Report> reports = Reports.of(rule, ScreeningRequest.incoming("Lost dog! Call us on 07700 900123"),
				Roster.empty());
		assertThat(reports).hasSize(1);
	}

	@Test
	void ignoresOrganisationNumberNamedAsSuch() {
		assertThat(found("Ring the Family Information Service helpline on 01629 533190.")).isEmpty();
		assertThat(found("Book through the Kedleston Hall box office on 01332 842191.")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Childline is free on 0800 1111, day or night.", "Call the NSPCC on 0808 800 5000.",
			"Samaritans: 116 123", "In an emergency call 999, or 111 for advice, or 101 for the police.",
			"Council contact centre 0300 123 4567", "Premium quiz line 0906 123 4567", "Our charity line 0845 4647" })
	void ignoresHelplinesAndOrganisationNumbers(String text) {
		assertThat(found(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Charity No. 1234567", "Registered charity number 1012345", "Company No. 01234567",
			"ISBN 0140328721", "Order ref 0123456789", "Account 01234567", "Sort code 20-00-00",
			"We raised £1,250.50 in 2024", "In 1999 and 2024 we won", "Year 6 won 12345 points", "at 10:30 or 10.30",
			"on 12/03/2024 and 01.02.2024", "DOB 04/10/2018", "2018-10-04", "Room 012", "scores were 0-3 and 1-2",
			"1,000,000 steps", "reference 20240312", "ISBN 978-0-14-032872-1", "0.5 miles", "£0.99 each",
			"Year 6 trip on 14 June at 9am", "Class 3 raised 150 pounds", "URN 112233 LAESTAB 8302001" })
	void ignoresNumbersThatAreNotPhoneNumbers(String text) {
		assertThat(found(text)).isEmpty();
	}

	@Test
	void ignoresNumberWithoutLeadingZero() {
		assertThat(found("Our score: 7700 900305 points")).isEmpty();
	}

	@Test
	void ignoresDigitsInsideLink() {
		assertThat(found("See https://www.bbc.co.uk/news/uk-07700900305")).isEmpty();
	}

	@Test
	void offsetsPointAtTheNumber() {
		String text = "Tel: +44 (0)20 7946 0958!";
		Reports.Report report = Reports.of(rule, text).get(0);
		assertThat(text.substring(report.start(), report.end())).isEqualTo("+44 (0)20 7946 0958");
	}

}

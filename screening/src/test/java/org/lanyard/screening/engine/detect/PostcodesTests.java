package org.lanyard.screening.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.ScreeningRequest;

class PostcodesTests {

	private final Postcodes rule = new Postcodes();

	private List<String> found(String text) {
		return Reports.words(rule, text);
	}

	@Test
	void findsPostcodeAfterHomeAddress() {
		assertThat(found("Lost cat near the school \u2014 please bring him to 8 Mill Row, DE7 4QP"))
			.containsExactly("DE7 4QP");
	}

	@ParameterizedTest
	@ValueSource(strings = { "DE7 4QP", "de7 4qp", "DE74QP", "de74qp", "De7 4Qp", "SW1A 1AA", "EC1A 1BB", "W1A 0AX",
			"M1 1AE", "B33 8TH", "CR2 6XH", "LS10 1LT", "BT1 5GS", "NG1  5FS", "G2 1DU", "L8 2TN", "EH1 1YZ" })
	void findsFullPostcodesInAnyCase(String postcode) {
		assertThat(found("We live at " + postcode + ".")).containsExactly(postcode);
	}

	@Test
	void messageShowsOnlyTheDistrict() {
		String message = Reports.of(rule, "my postcode is DE7 4QP").get(0).message();
		assertThat(message).contains("DE7").doesNotContain("4QP");
	}

	@ParameterizedTest
	@ValueSource(strings = { "We drove up the M1 to DE7 for the match", "Take the A38 then the A52", "CO2 5mg dose",
			"Dose of 5ml twice", "m4 4th junction", "Year 3 4th place", "KS2 SATs results", "Y6 2nd",
			"COVID19 rules", "Room B12 3rd floor", "QQ1 1AA is not real", "XY12 3AB", "AB1C 2DE", "our B2B partner",
			"version V2 5AB", "Class 3B 4CD", "KS1 2ND", "the 3 Mill Row gang" })
	void ignoresThingsThatAreNotFullPostcodes(String text) {
		assertThat(found(text)).isEmpty();
	}

	@Test
	void ignoresPostcodeOfNamedSchool() {
		assertThat(found("Ashby Lane Primary School, Station Road, Ilkeston DE7 4QP")).isEmpty();
	}

	@Test
	void ignoresPostcodeOfNamedMuseum() {
		assertThat(found("Meet at Derby Museum and Art Gallery, The Strand, DE1 1BS.")).isEmpty();
	}

	@Test
	void ignoresSchoolsOwnPostcodeInItsOwnPost() {
		assertThat(found("Our new address is 1 School Lane, Ilkeston DE7 8PX.")).isEmpty();
	}

	@Test
	void findsFamilysPostcodeInIncomingComment() {
		assertThat(Reports.of(rule, ScreeningRequest.incoming("Our new address is 12 Elm Road, DE7 4QP."), Roster.empty()))
			.hasSize(1);
	}

	@Test
	void findsPostcodeInsideWords() {
		assertThat(found("postcode:DE7 4QP,thanks")).containsExactly("DE7 4QP");
	}

	@Test
	void ignoresPostcodeGluedToWord() {
		assertThat(found("codeDE7 4QPx")).isEmpty();
	}

	@Test
	void offsetsPointAtThePostcode() {
		String text = "Address: 12 Oak Road, Derby DE22 1AB";
		Reports.Report report = Reports.of(rule, text).get(0);
		assertThat(report.start()).isEqualTo(text.indexOf("DE22"));
		assertThat(report.end()).isEqualTo(text.length());
	}

}

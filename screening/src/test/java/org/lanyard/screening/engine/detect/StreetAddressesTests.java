package org.lanyard.screening.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.ScreeningRequest;

class StreetAddressesTests {

	private final StreetAddresses rule = new StreetAddresses();

	private List<String> found(String text) {
		return Reports.words(rule, text);
	}

	@Test
	void findsHouseNumberAndStreet() {
		assertThat(found("Lost cat near the school \u2014 please bring him to 8 Mill Row, DE7 4QP"))
			.containsExactly("8 Mill Row");
	}

	@ParameterizedTest
	@ValueSource(strings = { "8 Mill Row", "12 Station Road", "12a Station Rd", "12A High Street", "3 Church St",
			"45 Oak Avenue", "7 Rose Close", "101 Meadow Drive", "9 Victoria Crescent", "2 Long Lane", "14 The Grove",
			"6 Kings Court", "22 Elm Gardens", "5 Albert Terrace", "1 Market Place", "33 Orchard Mews",
			"18 Primrose Walk", "4 St Mary's Close", "27 Castle Hill", "10 Valley View", "15-17 Queen Street",
			"3 Windsor Way", "11 Cherry Tree Lane", "8 mill road", "24 green lane", "9 rose close", "Flat 3, 12 Mill Row",
			"7 High St." })
	void findsStreetAddresses(String address) {
		assertThat(found("She lives at " + address + ", Ilkeston.")).containsExactly(address);
	}

	@Test
	void findsFlatInNamedBlock() {
		assertThat(found("My address is Flat 3, Rose Court")).containsExactly("3, Rose Court");
	}

	@Test
	void messageMasksTheAddress() {
		String message = Reports.of(rule, "come to 12 Station Road").get(0).message();
		assertThat(message).contains("Street address").doesNotContain("Station Road");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Year 6 Hill Walk was a success", "Year 5 trip to Kedleston Hall", "Class 3 Oak Lane",
			"We walked 2 miles up the hill", "Year 4 at Green Lane park", "We scored 2 Oak Park Rangers goals",
			"Page 12 Station Road chapter", "It costs £5 Park Road parking", "Room 4 Green Class",
			"At 10:30 Mill Lane closes", "Only 3 Little Pigs", "3 busy roads near school", "2 very close races",
			"our 2 front row seats", "Top 10 Christmas Walks", "Key Stage 2 Park Day", "We won 3 Gold Medals",
			"Meet at Derby Museum, 1 The Strand", "St. John's church", "Mill Row is closed", "Number 8 bus route",
			"The 3rd Street party", "aged 7 Hill Top", "We had 20 mins in the lane" })
	void ignoresThingsThatAreNotAddresses(String text) {
		assertThat(found(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "bring him to 8 mill row", "we just moved to 9 rose close, pop round",
			"i live at 17 cedar way", "it was found near 3 church walk", "my house is 22b baker street" })
	void findsLowerCaseAddressWhereSomeoneIsPlaced(String text) {
		assertThat(found(text)).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "we have 2 mill lane teams", "2 oak park rangers won", "all 3 river view pictures" })
	void ignoresLowerCaseStreetWordsWithoutAPlace(String text) {
		assertThat(found(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Year 6 visited 10 Downing Street today.", "Harry lived at 4 Privet Drive.",
			"Paddington lives at 32 Windsor Gardens.", "Sherlock Holmes lived at 221B Baker Street.",
			"Gromit lives at 62 West Wallaby Street." })
	void ignoresFamousAddresses(String text) {
		assertThat(found(text)).isEmpty();
	}

	@Test
	void endsAtSentenceFullStopButKeepsAbbreviationDot() {
		assertThat(found("She lives at 32 Oak Gardens. Lovely!")).containsExactly("32 Oak Gardens");
		assertThat(found("She lives at 32 Oak Rd. Lovely!")).containsExactly("32 Oak Rd.");
	}

	@Test
	void ignoresSchoolsOwnAddressInItsOwnPost() {
		assertThat(found("Find us at 1 School Lane, Ilkeston.")).isEmpty();
		assertThat(found("Our new address is 12 Station Road.")).isEmpty();
		assertThat(found("Join us at 3 Kings Court for the Christmas fair!")).isEmpty();
	}

	@Test
	void findsFamilysAddressInIncomingComment() {
		assertThat(Reports.of(rule, ScreeningRequest.incoming("Our new address is 12 Station Road."), Roster.empty()))
			.hasSize(1);
	}

	@Test
	void ignoresSchoolsOwnAddress() {
		assertThat(found("Ashby Lane Primary School, 12 Station Road, Ilkeston")).isEmpty();
	}

	@Test
	void findsAddressEvenWhenNearTheSchool() {
		assertThat(found("He lives near the school at 12 Station Road")).containsExactly("12 Station Road");
	}

}

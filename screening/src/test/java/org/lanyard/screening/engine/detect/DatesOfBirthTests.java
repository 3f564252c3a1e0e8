package org.lanyard.screening.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesOfBirthTests {

	private final DatesOfBirth rule = new DatesOfBirth();

	private List<String> found(String text) {
		return Reports.words(rule, text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "born on 4 October 2018", "born on 4th October 2018", "born 04/10/2018",
			"DOB 04/10/2018", "DOB: 4.10.18", "D.O.B. 04/10/2018", "d.o.b: 4-10-2018", "DoB 2018-10-04",
			"date of birth: 3rd March 2016", "Date of birth 3 March 2016", "date of birth is 03/03/2016",
			"birthday is 3rd March 2016", "birthday was on 3 March 2016", "born on Tuesday 4 October 2018",
			"born on the 4th of October 2018", "born October 4, 2018", "birth date: 12 Dec 1984",
			"born on 4 October", "DOB 3 Mar", "born on 1 May 1975", "born 2 weeks early on 12 May 2016",
			"Date of birth: 2016-03-03", "dob 12/9/15", "born 12th Sept 2015" })
	void findsDatesOfBirth(String phrase) {
		assertThat(found("Our Lily was " + phrase + " at the Royal Derby.")).containsExactly(phrase);
	}

	@Test
	void messageNamesTheKindWithoutTheDate() {
		String message = Reports.of(rule, "DOB 04/10/2018").get(0).message();
		assertThat(message).contains("Date of birth").doesNotContain("2018");
	}

	@ParameterizedTest
	@ValueSource(strings = { "William the Conqueror was born in 1066.", "Roald Dahl was born on 13 September 1916.",
			"Charles Dickens was born on 7 February 1812", "The trip is on 4 October 2018.",
			"Please bring your child's birth certificate.", "Reception children born in 2019 start in September",
			"born in October 2018", "Happy birthday to our lollipop lady, 3rd March!",
			"Mrs Cox's birthday is on 3 March", "Date of birth is required on the form", "DOB: please fill in",
			"Deadline 04/10/2018 for forms", "Sports day 12 June 2024", "The school was born out of a dream in 2004",
			"Jesus was born in Bethlehem", "Adobe 04/10/2018 licence", "Dobson 04/10/2018", "newborn lambs on 3 March",
			"Roald Dahl Day is 13 September, the day he was born.", "The children were born in the 2010s.",
			"her birthday is next week", "born and raised in Derby, she joined on 3 May 2010" })
	void ignoresDatesThatAreNotDatesOfBirth(String text) {
		assertThat(found(text)).isEmpty();
	}

}

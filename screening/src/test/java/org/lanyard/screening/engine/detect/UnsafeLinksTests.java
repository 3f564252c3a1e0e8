package org.lanyard.screening.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanyard.screening.engine.FindingCode;

class UnsafeLinksTests {

	private final UnsafeLinks rule = new UnsafeLinks(SchoolDomains.of(Reports.ASHBY_LANE.allowedLinkDomains()));

	private List<String> unsafe(String text) {
		return Reports.words(rule, text);
	}

	private String message(String text) {
		List<Reports.Report> reports = Reports.of(rule, text);
		assertThat(reports).hasSize(1);
		assertThat(reports.get(0).code()).isEqualTo(FindingCode.UNSAFE_LINK);
		return reports.get(0).message();
	}

	@Test
	void allowsHttpsLinkToSubdomainOfAllowedDomain() {
		assertThat(unsafe("Year 5 trip to Kedleston Hall: https://www.nationaltrust.org.uk/visit/derbyshire/kedleston-hall"))
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "See https://www.gov.uk/school-term-holiday-dates for dates.",
			"Read more at https://ashbylane.derbyshire.sch.uk/news.", "Bitesize: https://www.bbc.co.uk/bitesize",
			"Head to www.bbc.co.uk/bitesize tonight", "Details on bbc.co.uk/cbeebies!",
			"Forms at https://ASHBYLANE.derbyshire.sch.uk/Forms", "Ofsted: https://reports.ofsted.gov.uk/provider/21/1",
			"(https://www.nationaltrust.org.uk/visit)", "Visit gov.uk.", "https://bbc.co.uk:443/news",
			"https://www.gov.uk./guidance" })
	void allowsLinksToAllowedDomains(String text) {
		assertThat(unsafe(text)).isEmpty();
	}

	@Test
	void findsUrlShortener() {
		assertThat(unsafe("Register for the phonics workshop for parents: https://is.gd/ashbyphonics"))
			.containsExactly("https://is.gd/ashbyphonics");
		assertThat(message("https://is.gd/ashbyphonics")).contains("shortener");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://bit.ly/3abcDEF", "tinyurl.com/2p8x7k", "https://t.co/xyz", "goo.gl/maps/abc",
			"https://ow.ly/abc", "buff.ly/3xyz", "https://rebrand.ly/x", "cutt.ly/abc", "https://shorturl.at/abc",
			"tiny.cc/abc", "https://lnkd.in/abc", "https://youtu.be/dQw4w9WgXcQ", "https://forms.gle/abc123" })
	void findsEveryCommonShortener(String link) {
		assertThat(unsafe("Sign up here " + link + " today")).containsExactly(link);
	}

	@Test
	void findsShortenerEvenWhenSchoolAllowsIt() {
		UnsafeLinks lenient = new UnsafeLinks(SchoolDomains.of(List.of("bit.ly", "gov.uk")));
		assertThat(Reports.words(lenient, "https://bit.ly/abc")).containsExactly("https://bit.ly/abc");
	}

	@Test
	void findsPlainHttpEvenOnAllowedDomain() {
		assertThat(unsafe("Look at http://www.bbc.co.uk/news")).containsExactly("http://www.bbc.co.uk/news");
		assertThat(message("http://www.bbc.co.uk/news")).contains("plain http");
	}

	@Test
	void findsDomainNotOnTheList() {
		assertThat(unsafe("Great ideas at https://www.twinkl.co.uk/resources")).containsExactly(
				"https://www.twinkl.co.uk/resources");
		assertThat(message("https://www.twinkl.co.uk/resources")).contains("not one of the school's allowed sites");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://gov.uk.example.com/login", "https://bbc.co.uk-login.net/verify",
			"https://www.bbc.co.uk.evil.io/", "https://nationaltrust.org.uk.tickets.shop/" })
	void findsLookAlikeOfAllowedDomain(String link) {
		assertThat(unsafe("Please check " + link + " now")).containsExactly(link);
		assertThat(message(link)).contains("looks like");
	}

	@Test
	void findsDigitSubstitutionLookAlike() {
		assertThat(unsafe("Pay for the trip at https://paypa1.com/pay")).containsExactly("https://paypa1.com/pay");
	}

	@Test
	void findsUserInfoTrick() {
		assertThat(unsafe("Renew at https://gov.uk@evil.com/renew")).containsExactly("https://gov.uk@evil.com/renew");
		assertThat(message("https://gov.uk@evil.com/renew")).contains("evil.com").contains("disguise");
	}

	@Test
	void findsPunycodeHost() {
		assertThat(message("https://xn--bb-8kc.co.uk/news")).contains("IDN");
	}

	@Test
	void findsCyrillicLookAlikeHost() {
		// the first letter is Cyrillic 'а' (U+0430), not Latin 'a'
		assertThat(unsafe("Update your account: https://\u0430pple.com/id")).hasSize(1);
		assertThat(message("https://\u0430pple.com/id")).contains("IDN");
	}

	@Test
	void findsBareCyrillicDomainWithRealTld() {
		assertThat(unsafe("go to g\u043ev.uk now")).containsExactly("g\u043ev.uk");
	}

	@Test
	void findsIpAddressLink() {
		assertThat(message("https://192.168.0.12/login")).contains("IP address");
	}

	@Test
	void findsBareWwwDomain() {
		assertThat(unsafe("More on www.example.com today")).containsExactly("www.example.com");
	}

	@ParameterizedTest
	@ValueSource(strings = { "example.xyz", "example.co.uk/path", "coolgames.io", "freestuff.win/claim?id=1",
			"Cheap-Tickets.com" })
	void findsBareDomainWithRealTld(String link) {
		assertThat(unsafe("try " + link + ", it's fun")).containsExactly(link);
	}

	@Test
	void offsetsCoverLinkWithoutSentencePunctuation() {
		String text = "Tickets (see https://example.com/a_(b)).";
		List<Reports.Report> reports = Reports.of(rule, text);
		assertThat(reports).singleElement().satisfies(r -> {
			assertThat(r.words()).isEqualTo("https://example.com/a_(b)");
			assertThat(r.start()).isEqualTo(text.indexOf("https"));
		});
	}

	@Test
	void findsEachOfSeveralLinks() {
		assertThat(unsafe("https://bit.ly/a and https://www.bbc.co.uk/ok and http://x.org"))
			.containsExactly("https://bit.ly/a", "http://x.org");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Bring wellies, e.g. old ones, i.e. nothing new.", "We met at St. John's church.",
			"The report.pdf is attached", "It rained 3.5 inches", "Thanks Mr.Smith for the help",
			"That was the end.Next week we start", "See notes.docx and photo.jpg", "Ask Mrs.Cox", "v1.2.3 released",
			"Open holiday.zip or readme.md", "Lunch at 12.30 p.m. today", "U.K. schools", "It is 10.5% more",
			"Wait...what happened", "Email office@ashbylane.derbyshire.sch.uk for details",
			"Contact jane.smith@gmail.com", "mailto:parent@example.com", "Write to head@evil.com please",
			"omg that was amazing.so proud of them", "I love it.to be honest", "Great results!Well done" })
	void ignoresThingsThatAreNotLinks(String text) {
		assertThat(unsafe(text)).isEmpty();
	}

	@Test
	void findsWordLikeTldWhenItReadsAsASite() {
		assertThat(unsafe("See example.me for more")).isEmpty();
		assertThat(unsafe("See example.me/page for more")).containsExactly("example.me/page");
		assertThat(unsafe("Our page: example.me")).containsExactly("example.me");
	}

	@Test
	void findsFtpLink() {
		assertThat(message("ftp://files.bbc.co.uk/pack.zip")).contains("https");
	}

	@Test
	void messageDoesNotEchoLongHosts() {
		String host = "a".repeat(200) + ".com";
		assertThat(message("https://" + host)).hasSizeLessThan(300);
	}

}

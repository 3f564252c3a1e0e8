package org.lanyard.screening.engine.detect;

import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.rules.Draft;
import org.lanyard.screening.engine.rules.FindingSink;
import org.lanyard.screening.engine.rules.ScreeningRule;

/**
 * UNSAFE_LINK: a link is safe only when it goes, over https (or with no scheme written), to one of the school's
 * allowed domains or a subdomain of one. Everything else is unsafe, and the message says why, most telling reason
 * first: a host hidden behind user info ({@code https://gov.uk@evil.com}), an internationalised host that can imitate
 * another ({@code xn--…}, Cyrillic letters), a URL shortener, plain http, an IP address, a look-alike of an allowed
 * domain, or simply a site the school has not allowed.
 * <p>
 * Shorteners are unsafe even when a school has put one on its allowed list: where they lead can be changed after the
 * post was approved, which defeats the point of approving links (Lache §2 "appropriate and safe").
 */
final class UnsafeLinks implements ScreeningRule {

	/** Public link shorteners and the one-purpose short domains of big sites, which hide the destination alike. */
	static final Set<String> SHORTENERS = Set.of("bit.ly", "bitly.com", "tinyurl.com", "is.gd", "v.gd", "t.co",
			"goo.gl", "ow.ly", "buff.ly", "rebrand.ly", "cutt.ly", "shorturl.at", "tiny.cc", "lnkd.in", "t.ly", "rb.gy",
			"bl.ink", "s.id", "tr.im", "qr.ae", "x.co", "u.to", "clck.ru", "tiny.one", "shrtco.de", "urlz.fr", "gg.gg",
			"po.st", "soo.gd", "t2m.io", "adf.ly", "bc.vc", "shorte.st", "ouo.io", "dlvr.it", "trib.al", "db.tt",
			"wp.me", "fb.me", "amzn.to", "amzn.eu", "youtu.be", "y2u.be", "forms.gle", "maps.app.goo.gl", "qrco.de",
			"shorturl.com", "short.gy", "tinu.be", "surl.li", "urlr.me", "lnk.to", "linktr.ee", "han.gl", "me-qr.com");

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|0x[0-9a-f]+(\\.\\S*)?|\\d+");

	private final SchoolDomains allowed;

	private final SchoolDomains shorteners = SchoolDomains.of(java.util.List.copyOf(SHORTENERS));

	UnsafeLinks(SchoolDomains allowed) {
		this.allowed = allowed;
	}

	@Override
	public void check(Draft draft, FindingSink sink) {
		for (LinkFinder.Link link : LinkFinder.find(draft)) {
			String reason = unsafeBecause(link);
			if (reason != null) {
				sink.reportText(FindingCode.UNSAFE_LINK, link.start(), link.end(),
						"Unsafe link " + Masking.quote(link.host()) + ": " + reason
								+ " Links must go only to sites the school has checked and allowed.");
			}
		}
	}

	/** Why a link is unsafe, in plain words, or {@code null} when it is safe. */
	@Nullable String unsafeBecause(LinkFinder.Link link) {
		String host = link.host();
		if (link.userInfo()) {
			return "the part before the @ is a disguise; the link really goes to " + Masking.quote(host) + ".";
		}
		if (isInternationalised(host)) {
			return "an internationalised (IDN/punycode) address, which can imitate a familiar site letter for letter.";
		}
		if (host.indexOf('%') >= 0 || host.indexOf('\\') >= 0) {
			return "an encoded address that hides where it goes.";
		}
		if (shorteners.covers(host)) {
			return "a URL shortener hides where the link goes, and its destination can change after approval.";
		}
		boolean ip = host.startsWith("[") || IPV4.matcher(host).matches();
		if (ip) {
			return "an IP address, not a named site the school has allowed.";
		}
		String scheme = link.scheme();
		if (scheme != null && !scheme.equals("https")) {
			return scheme.equals("http") ? "plain http is not encrypted and can be tampered with; use https."
					: "only https links are allowed.";
		}
		if (allowed.covers(host)) {
			return null;
		}
		String imitated = allowed.imitated(host);
		if (imitated != null) {
			return "it looks like " + imitated + " but is a different site.";
		}
		return "not one of the school's allowed sites.";
	}

	private static boolean isInternationalised(String host) {
		for (int i = 0; i < host.length(); i++) {
			if (host.charAt(i) > 0x7f) {
				return true;
			}
		}
		return host.startsWith("xn--") || host.contains(".xn--");
	}

}

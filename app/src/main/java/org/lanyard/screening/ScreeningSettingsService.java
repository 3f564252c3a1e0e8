package org.lanyard.screening;

import java.net.IDN;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.lanyard.consent.ConsentsImported;
import org.lanyard.people.PeopleImported;
import org.lanyard.schools.SchoolView;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.ScreeningSettings;
import org.lanyard.shared.FieldProblem;
import org.lanyard.shared.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A school's screening settings: the domains it links to freely, and its embargo terms. */
@Service
public class ScreeningSettingsService {

	private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}");

	private final SettingsRepository settings;

	private final ApplicationEventPublisher events;

	ScreeningSettingsService(SettingsRepository settings, ApplicationEventPublisher events) {
		this.settings = settings;
		this.events = events;
	}

	public ScreeningSettings settings(SchoolView school) {
		return settings.find(school.id());
	}

	/**
	 * Replaces the school's settings. Domains are stored lower-case, without a scheme, port or path (a {@code www.}
	 * stays: it covers only itself and below); terms as written, without repeats.
	 * @throws InvalidInputException naming each bad entry; nothing is written then
	 */
	@Transactional
	public ScreeningSettings replace(SchoolView school, ScreeningSettingsForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> domains = new LinkedHashSet<>();
		for (int i = 0; i < form.allowedLinkDomains().size(); i++) {
			String raw = form.allowedLinkDomains().get(i);
			String domain = normaliseDomain(raw == null ? "" : raw);
			if (domain == null) {
				problems.add(FieldProblem.of("allowedLinkDomains[" + i + "]",
						"'" + raw + "' is not a domain. Write it like littleeaton.derbyshire.sch.uk."));
			}
			else {
				domains.add(domain);
			}
		}
		Set<String> terms = new LinkedHashSet<>();
		for (int i = 0; i < form.embargoTerms().size(); i++) {
			String term = form.embargoTerms().get(i) == null ? "" : form.embargoTerms().get(i).strip();
			if (term.isEmpty() || term.length() > 200) {
				problems.add(FieldProblem.of("embargoTerms[" + i + "]", "Each embargo term needs 1 to 200 characters."));
			}
			else {
				terms.add(term);
			}
		}
		ScreeningSettings current = settings.find(school.id());
		Map<String, FindingCode> extra = form.extraTerms() == null ? current.extraTerms() : extraTerms(form.extraTerms(), problems);
		List<String> exceptions = form.exceptions() == null ? current.exceptions() : phrases(form.exceptions(), "exceptions", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("The settings are not valid: nothing was changed.", problems);
		}
		ScreeningSettings replaced = new ScreeningSettings(List.copyOf(domains), List.copyOf(terms), extra, exceptions);
		settings.save(school.id(), replaced);
		settings.bumpVersion(school.id());
		events.publishEvent(new ScreeningSettingsChanged(school.id(), domains.size(), terms.size()));
		return replaced;
	}

	private static Map<String, FindingCode> extraTerms(Map<String, String> given, List<FieldProblem> problems) {
		Map<String, FindingCode> terms = new LinkedHashMap<>();
		given.forEach((phrase, code) -> {
			String term = phrase == null ? "" : phrase.strip();
			if (term.isEmpty() || term.length() > 200) {
				problems.add(FieldProblem.of("extraTerms", "Each term needs 1 to 200 characters."));
				return;
			}
			try {
				terms.put(term, FindingCode.valueOf(code == null ? "" : code.strip()));
			}
			catch (IllegalArgumentException e) {
				problems.add(FieldProblem.of("extraTerms." + term, "'" + code + "' is not a finding code. Use one of "
						+ java.util.Arrays.toString(FindingCode.values()) + "."));
			}
		});
		return terms;
	}

	private static List<String> phrases(List<String> given, String field, List<FieldProblem> problems) {
		Set<String> phrases = new LinkedHashSet<>();
		for (int i = 0; i < given.size(); i++) {
			String phrase = given.get(i) == null ? "" : given.get(i).strip();
			if (phrase.isEmpty() || phrase.length() > 200) {
				problems.add(FieldProblem.of(field + "[" + i + "]", "Each phrase needs 1 to 200 characters."));
			}
			else {
				phrases.add(phrase);
			}
		}
		return List.copyOf(phrases);
	}

	@EventListener
	void on(PeopleImported imported) {
		settings.bumpVersion(imported.schoolId());
	}

	@EventListener
	void on(ConsentsImported imported) {
		settings.bumpVersion(imported.schoolId());
	}

	long version(SchoolView school) {
		return settings.version(school.id());
	}

	/** {@code https://Example.org/path} → {@code example.org}; internationalised names in their ASCII form. */
	static String normaliseDomain(String raw) {
		String domain = raw.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("[/?#].*$", "")
			.replaceFirst(":\\d+$", "").replaceFirst("^\\*\\.", "").replaceFirst("\\.$", "");
		try {
			domain = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
		return HOST.matcher(domain).matches() ? domain : null;
	}

}

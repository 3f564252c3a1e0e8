package org.lanyard.screening.engine.rules;

import java.util.ArrayList;
import java.util.List;

import org.lanyard.screening.engine.PolicyPack;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.ScreeningSettings;
import org.lanyard.screening.engine.detect.Detectors;
import org.lanyard.screening.engine.image.ImageMetadata;

/** The rules every school's screening runs, prepared once for its roster, settings and pack. */
public final class StandardRules {

	private StandardRules() {
	}

	/** Every rule: the listed ones, then the learned models' second opinion. */
	public static List<ScreeningRule> forSchool(Roster roster, ScreeningSettings settings, PolicyPack pack) {
		List<ScreeningRule> rules = new ArrayList<>(listed(roster, settings, pack));
		rules.add(LearnedSignals.bundled());
		return List.copyOf(rules);
	}

	/** The rules that find what someone wrote down: lexicon entries, names, consent, detectors, image metadata. */
	public static List<ScreeningRule> listed(Roster roster, ScreeningSettings settings, PolicyPack pack) {
		List<ScreeningRule> rules = new ArrayList<>();
		// the text core: words, names and consent (one shared reading of the text, see Draft.analysis())
		rules.add(new OffensiveLanguage());
		rules.add(new DiscriminatoryLanguage());
		rules.add(new Threat());
		rules.add(new SafeguardingRisk());
		rules.add(new Complaint());
		rules.add(new EmbargoTerm());
		rules.add(new PupilIdentified());
		rules.add(new PupilNamedWithoutConsent());
		rules.add(new PupilPicturedWithoutConsent());
		rules.add(new NamesPersonInComment());
		// the detectors: personal data, links, image metadata
		rules.addAll(Detectors.forSchool(roster, settings));
		rules.add(new ImageMetadata());
		return List.copyOf(rules);
	}

}

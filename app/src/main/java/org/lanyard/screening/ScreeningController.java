package org.lanyard.screening;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.lanyard.people.PeopleDirectory;
import org.lanyard.people.PersonView;
import org.lanyard.schools.SchoolAccess;
import org.lanyard.schools.SchoolView;
import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.ImageInput;
import org.lanyard.screening.engine.PolicyPack;
import org.lanyard.screening.engine.PolicyPacks;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.ScreeningRequest;
import org.lanyard.screening.engine.ScreeningResult;
import org.lanyard.screening.engine.image.ContentRejected;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The screening page: paste text, pick pictured pupils, add photos, and see what the policy says, in place. */
@Controller
class ScreeningController {

	private final SchoolAccess access;

	private final SchoolScreening screening;

	private final PeopleDirectory people;

	ScreeningController(SchoolAccess access, SchoolScreening screening, PeopleDirectory people) {
		this.access = access;
		this.screening = screening;
		this.people = people;
	}

	@GetMapping("/schools/{slug}/screening")
	String form(@PathVariable String slug, Model model) {
		SchoolView school = access.requireRole(slug, ScreeningApiController.SCREENERS);
		prepare(model, school, Direction.OUTGOING, Purpose.SOCIAL_MEDIA, "", List.of());
		return "screening/screening";
	}

	@PostMapping("/schools/{slug}/screening")
	String screen(@PathVariable String slug, @RequestParam Direction direction, @RequestParam Purpose purpose,
			@RequestParam(defaultValue = "") String text,
			@RequestParam(name = "pupils", required = false) @Nullable List<String> pupils,
			@RequestParam(name = "images", required = false) @Nullable List<MultipartFile> files, Model model)
			throws IOException {
		SchoolView school = access.requireRole(slug, ScreeningApiController.SCREENERS);
		List<String> pictured = pupils == null ? List.of() : pupils;
		prepare(model, school, direction, purpose, text, pictured);
		if (text.length() > RequestLimits.ENGINE.maxTextChars()) {
			model.addAttribute("textError", "Lanyard screens up to " + RequestLimits.ENGINE.maxTextChars()
					+ " characters at a time. Split the text.");
			return "screening/screening";
		}
		if (text.isBlank() && (files == null || files.stream().allMatch(MultipartFile::isEmpty)) && pictured.isEmpty()) {
			model.addAttribute("textError", "Paste the text of the post or comment, or add a photo.");
			return "screening/screening";
		}
		List<ImageInput> images = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (!file.isEmpty()) {
				images.add(new ImageInput(file.getOriginalFilename() == null ? "photo" : file.getOriginalFilename(),
						file.getBytes()));
			}
		}
		ScreeningRequest request = new ScreeningRequest(direction, purpose, text, pictured, images);
		try {
			RequestLimits.ENGINE.check(request);
		}
		catch (ContentRejected rejected) {
			model.addAttribute(rejected.field().startsWith("images") ? "imagesError" : "textError", rejected.getMessage());
			return "screening/screening";
		}
		ScreeningResult result = screening.screen(school, request);
		model.addAttribute("result", result);
		model.addAttribute("pieces", HighlightedText.of(text, result.findings()));
		return "screening/screening";
	}

	/** The finding codes as a Headteacher would say them. */
	static final Map<FindingCode, String> CODE_TITLES = new java.util.EnumMap<>(Map.ofEntries(
			Map.entry(FindingCode.CONSENT_MISSING, "No photo consent for this pupil"),
			Map.entry(FindingCode.PUPIL_IDENTIFIED, "A pupil can be identified"),
			Map.entry(FindingCode.PERSONAL_DATA, "Personal details"),
			Map.entry(FindingCode.IMAGE_METADATA, "The photo carries a location or a name"),
			Map.entry(FindingCode.OFFENSIVE_LANGUAGE, "Offensive language"),
			Map.entry(FindingCode.DISCRIMINATORY, "Discriminatory language"),
			Map.entry(FindingCode.THREAT, "A threat"),
			Map.entry(FindingCode.UNSAFE_LINK, "A link to check"),
			Map.entry(FindingCode.CONFIDENTIAL, "Something not yet public"),
			Map.entry(FindingCode.SAFEGUARDING_RISK, "A safeguarding concern: tell the DSL"),
			Map.entry(FindingCode.NAMES_PERSON, "Names someone at the school"),
			Map.entry(FindingCode.COMPLAINT, "A complaint: point to the complaints procedure")));

	private void prepare(Model model, SchoolView school, Direction direction, Purpose purpose, String text,
			List<String> pictured) {
		model.addAttribute("codeTitles", CODE_TITLES);
		PolicyPack pack = PolicyPacks.get(school.policyPack());
		Map<String, List<PersonView>> pupilsByYear = new TreeMap<>(ScreeningController::compareYears);
		people.everyone(school.id()).stream().filter(p -> "PUPIL".equals(p.role()))
			.sorted((a, b) -> (a.lastName() + a.firstName()).compareToIgnoreCase(b.lastName() + b.firstName()))
			.forEach(p -> pupilsByYear.computeIfAbsent(p.yearGroupLabel().isEmpty() ? "No year group" : p.yearGroupLabel(),
					y -> new ArrayList<>()).add(p));
		model.addAttribute("school", school);
		model.addAttribute("pack", pack);
		model.addAttribute("direction", direction.name());
		model.addAttribute("purpose", purpose.name());
		model.addAttribute("purposes", Purpose.values());
		model.addAttribute("text", text);
		model.addAttribute("pictured", pictured);
		model.addAttribute("pupilsByYear", pupilsByYear);
		model.addAttribute("openYears", pupilsByYear.entrySet().stream()
			.filter(e -> e.getValue().stream().anyMatch(p -> pictured.contains(p.externalId())))
			.map(Map.Entry::getKey).toList());
	}

	/** Nursery, Reception, then Year 1 to 13 in number order. */
	private static int compareYears(String a, String b) {
		return Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : a.compareTo(b);
	}

	private static int rank(String label) {
		if (label.equals("Nursery")) {
			return -2;
		}
		if (label.equals("Reception")) {
			return -1;
		}
		return label.startsWith("Year ") ? Integer.parseInt(label.substring(5)) : 100;
	}

}

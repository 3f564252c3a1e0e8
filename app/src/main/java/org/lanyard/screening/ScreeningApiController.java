package org.lanyard.screening;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.lanyard.schools.SchoolAccess;
import org.lanyard.schools.SchoolRole;
import org.lanyard.schools.SchoolView;
import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.Finding;
import org.lanyard.screening.engine.ImageInput;
import org.lanyard.screening.engine.PersonRole;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.ScreeningRequest;
import org.lanyard.screening.engine.ScreeningResult;
import org.lanyard.screening.engine.ScreeningSettings;
import org.lanyard.screening.engine.image.ContentRejected;
import org.lanyard.shared.FieldProblem;
import org.lanyard.shared.InvalidInputException;
import org.lanyard.shared.TooLargeException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Screening and screening settings on the JSON API, exactly as the stable HTTP contract says. */
@RestController
class ScreeningApiController {

	/** Everyone who writes or moderates content may screen it. */
	static final SchoolRole[] SCREENERS = { SchoolRole.HEADTEACHER, SchoolRole.DSL, SchoolRole.DEPUTY_DSL, SchoolRole.SLT,
			SchoolRole.SOCIAL_MEDIA_LEAD, SchoolRole.STAFF, SchoolRole.DPO };

	static final SchoolRole[] SETTINGS_KEEPERS = { SchoolRole.HEADTEACHER, SchoolRole.SLT, SchoolRole.SOCIAL_MEDIA_LEAD,
			SchoolRole.DPO };

	private final SchoolAccess access;

	private final SchoolScreening screening;

	private final ScreeningSettingsService settings;

	ScreeningApiController(SchoolAccess access, SchoolScreening screening, ScreeningSettingsService settings) {
		this.access = access;
		this.screening = screening;
		this.settings = settings;
	}

	/** An image in a screening request. */
	record ImageJson(@NotBlank(message = "Give the image's file name.") String filename,
			@NotNull(message = "Give the image's bytes, base64-encoded.") String dataBase64) {
	}

	/** A screening request, as in the contract. {@code purpose} defaults to {@code SOCIAL_MEDIA}. */
	record ScreeningJson(@NotNull(message = "Say whether the content is OUTGOING or INCOMING.") Direction direction,
			@Nullable Purpose purpose, @NotNull(message = "Give the text (it may be empty).") String text,
			@Nullable List<String> pupilsPictured, @Nullable List<@Valid ImageJson> images) {
	}

	/** One finding, as in the contract; absent fields are left out. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FindingJson(String code, String severity, String clause, String message, @Nullable Integer start,
			@Nullable Integer end, @Nullable String subject) {

		static FindingJson of(Finding f) {
			return new FindingJson(f.code().name(), f.severity().name(), f.clause(), f.message(), f.start(), f.end(),
					f.subject());
		}

	}

	/** The outcome of a screening. */
	record ResultJson(String verdict, List<FindingJson> findings) {

		static ResultJson of(ScreeningResult result) {
			return new ResultJson(result.verdict().name(), result.findings().stream().map(FindingJson::of).toList());
		}

	}

	@PostMapping("/api/v1/schools/{slug}/screenings")
	ResultJson screen(@PathVariable String slug, @Valid @RequestBody ScreeningJson body) {
		SchoolView school = access.requireRole(slug, SCREENERS);
		return ResultJson.of(screening.screen(school, toRequest(school, body)));
	}

	@PutMapping("/api/v1/schools/{slug}/screening-settings")
	ScreeningSettings replaceSettings(@PathVariable String slug, @Valid @RequestBody ScreeningSettingsForm body) {
		SchoolView school = access.requireRole(slug, SETTINGS_KEEPERS);
		return settings.replace(school, body);
	}

	@GetMapping("/api/v1/schools/{slug}/screening-settings")
	ScreeningSettings settings(@PathVariable String slug) {
		return settings.settings(access.requireRole(slug, SCREENERS));
	}

	private ScreeningRequest toRequest(SchoolView school, ScreeningJson body) {
		try {
			RequestLimits.ENGINE.checkText(body.text());
		}
		catch (ContentRejected rejected) {
			throw RequestLimits.toProblem(rejected);
		}
		List<FieldProblem> problems = new ArrayList<>();
		List<String> pictured = body.pupilsPictured() == null ? List.of() : body.pupilsPictured();
		checkPupils(school, pictured, problems);
		List<ImageInput> images = decode(body.images() == null ? List.of() : body.images(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("The screening request is not valid.", problems);
		}
		ScreeningRequest request = new ScreeningRequest(body.direction(),
				body.purpose() == null ? Purpose.SOCIAL_MEDIA : body.purpose(), body.text(), pictured, images);
		try {
			// sizes, and the pixels each image header claims, before anything decodes a picture
			RequestLimits.ENGINE.check(request);
		}
		catch (ContentRejected rejected) {
			throw RequestLimits.toProblem(rejected);
		}
		return request;
	}

	/** Checked against the school's prepared roster, so a screening costs no directory query. */
	private void checkPupils(SchoolView school, List<String> pictured, List<FieldProblem> problems) {
		if (pictured.isEmpty()) {
			return;
		}
		Roster roster = screening.context(school).roster();
		for (int i = 0; i < pictured.size(); i++) {
			var person = roster.find(pictured.get(i));
			if (person.isEmpty() || person.get().role() != PersonRole.PUPIL) {
				problems.add(FieldProblem.of("pupilsPictured[" + i + "]", person.isPresent()
						? pictured.get(i) + " is not a pupil." : "No pupil with id " + pictured.get(i) + " in this school."));
			}
		}
	}

	private static List<ImageInput> decode(List<ImageJson> images, List<FieldProblem> problems) {
		if (images.size() > RequestLimits.ENGINE.maxImages()) {
			problems.add(FieldProblem.of("images", "Send up to " + RequestLimits.ENGINE.maxImages() + " images at a time."));
			return List.of();
		}
		List<ImageInput> decoded = new ArrayList<>();
		for (int i = 0; i < images.size(); i++) {
			ImageJson image = images.get(i);
			if (image.dataBase64().length() / 4L * 3 > RequestLimits.ENGINE.maxImageBytes()) {
				throw new TooLargeException("images[" + i + "].dataBase64", "The image " + image.filename()
						+ " is larger than " + RequestLimits.ENGINE.maxImageBytes() / (1024 * 1024) + " MB.");
			}
			try {
				decoded.add(new ImageInput(image.filename(), Base64.getMimeDecoder().decode(image.dataBase64())));
			}
			catch (IllegalArgumentException e) {
				problems.add(FieldProblem.of("images[" + i + "].dataBase64", "This is not valid base64."));
			}
		}
		return decoded;
	}

}

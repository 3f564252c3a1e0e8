package org.lanyard.access;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import org.lanyard.shared.InvalidInputException;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: second factor, recovery codes, personal API tokens. */
@Controller
class AccountController {

	static final String MOVE_PAGE = "/account/second-factor/move";

	private final SecondFactors secondFactors;

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final SignInCompletion completion;

	private final ApiTokenAuthentication tokenAuthentication;

	private final SignInThrottle throttle;

	AccountController(SecondFactors secondFactors, ApiTokens tokens, Accounts accounts, SignInCompletion completion,
			ApiTokenAuthentication tokenAuthentication, SignInThrottle throttle) {
		this.throttle = throttle;
		this.secondFactors = secondFactors;
		this.tokens = tokens;
		this.accounts = accounts;
		this.completion = completion;
		this.tokenAuthentication = tokenAuthentication;
	}

	@GetMapping("/account")
	String account(Authentication authentication, Model model) {
		LanyardUser user = current(authentication);
		model.addAttribute("user", user);
		model.addAttribute("tokens", tokens.list(user.id()));
		model.addAttribute("recoveryCodesLeft", secondFactors.unusedRecoveryCodes(user.id()));
		return "access/account";
	}

	@GetMapping(SignInCompletion.SETUP_PAGE)
	String setUp(Authentication authentication, Model model, RedirectAttributes redirect) {
		LanyardUser user = current(authentication);
		if (user.totpEnabled()) {
			// SecondFactors.begin() would replace a working secret with a new, unconfirmed one, which switches the
			// second factor off: merely opening this page must never do that.
			redirect.addFlashAttribute("message", "Your authenticator app is already set up.");
			return "redirect:/account";
		}
		var enrolment = secondFactors.begin(user.id());
		model.addAttribute("secret", spaced(enrolment.secret()));
		model.addAttribute("required", user.secondFactorRequired());
		return "access/second-factor-setup";
	}

	@GetMapping(value = SignInCompletion.SETUP_PAGE + "/qr.svg", produces = "image/svg+xml")
	@ResponseBody
	ResponseEntity<String> qrCode(Authentication authentication) throws WriterException {
		if (current(authentication).totpEnabled()) {
			return ResponseEntity.notFound().build();
		}
		return qrCode(secondFactors.begin(current(authentication).id()).provisioningUri());
	}

	@PostMapping(SignInCompletion.SETUP_PAGE)
	String confirmSetUp(@RequestParam String code, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		LanyardUser user = current(authentication);
		if (user.totpEnabled()) {
			return "redirect:/account";
		}
		List<String> codes;
		try {
			codes = secondFactors.confirm(user.id(), code);
		}
		catch (InvalidInputException e) {
			model.addAttribute("codeError", e.problems().get(0).message());
			model.addAttribute("secret", spaced(secondFactors.begin(user.id()).secret()));
			model.addAttribute("required", user.secondFactorRequired());
			return "access/second-factor-setup";
		}
		request.changeSessionId();
		completion.complete(request, response, user);
		model.addAttribute("codes", codes);
		return "access/recovery-codes";
	}

	@PostMapping(MOVE_PAGE)
	String beginMove(@RequestParam String currentCode, Authentication authentication, HttpServletRequest request,
			Model model) {
		LanyardUser user = current(authentication);
		try {
			// a signed-in session must not be a way round the sign-in throttle for guessing codes
			throttle.checkAllowed(user.email(), request.getRemoteAddr());
			secondFactors.beginMove(user.id(), currentCode);
		}
		catch (InvalidInputException e) {
			throttle.recordFailure(user.email(), request.getRemoteAddr());
			model.addAttribute("currentCodeError", e.problems().get(0).message());
			return account(authentication, model);
		}
		catch (org.springframework.security.core.AuthenticationException e) {
			model.addAttribute("currentCodeError", e.getMessage());
			return account(authentication, model);
		}
		return "redirect:" + MOVE_PAGE;
	}

	@GetMapping(MOVE_PAGE)
	String move(Authentication authentication, Model model) {
		var enrolment = secondFactors.pendingMove(current(authentication).id());
		if (enrolment.isEmpty()) {
			return "redirect:/account";
		}
		return movePage(model, enrolment.get(), null);
	}

	@GetMapping(value = MOVE_PAGE + "/qr.svg", produces = "image/svg+xml")
	@ResponseBody
	ResponseEntity<String> moveQrCode(Authentication authentication) throws WriterException {
		var enrolment = secondFactors.pendingMove(current(authentication).id());
		if (enrolment.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return qrCode(enrolment.get().provisioningUri());
	}

	@PostMapping(MOVE_PAGE + "/confirm")
	String confirmMove(@RequestParam String code, Authentication authentication, Model model) {
		LanyardUser user = current(authentication);
		try {
			model.addAttribute("codes", secondFactors.confirmMove(user.id(), code));
		}
		catch (InvalidInputException e) {
			var enrolment = secondFactors.pendingMove(user.id());
			if (enrolment.isEmpty()) {
				return "redirect:/account";
			}
			return movePage(model, enrolment.get(), e.problems().get(0).message());
		}
		return "access/recovery-codes";
	}

	private String movePage(Model model, SecondFactors.Enrolment enrolment, String codeError) {
		model.addAttribute("moving", true);
		model.addAttribute("secret", spaced(enrolment.secret()));
		model.addAttribute("codeError", codeError);
		return "access/second-factor-setup";
	}

	@PostMapping("/account/recovery-codes")
	String newRecoveryCodes(Authentication authentication, Model model) {
		model.addAttribute("codes", secondFactors.newRecoveryCodes(current(authentication).id()));
		return "access/recovery-codes";
	}

	@PostMapping("/account/tokens")
	String createToken(@RequestParam String name, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		LanyardUser user = current(authentication);
		try {
			model.addAttribute("newToken", tokens.create(user.id(), name));
			model.addAttribute("newTokenName", name.strip());
		}
		catch (InvalidInputException e) {
			model.addAttribute("tokenNameError", e.problems().get(0).message());
			model.addAttribute("tokenName", name);
		}
		return account(authentication, model);
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@PathVariable UUID id, Authentication authentication, RedirectAttributes redirect) {
		tokens.revoke(current(authentication).id(), id);
		tokenAuthentication.forgetAll();
		redirect.addFlashAttribute("message", "The token has been revoked: it no longer works.");
		return "redirect:/account";
	}

	/** The provisioning address as an SVG QR code, drawn here: no script and no third-party service sees the secret. */
	private static ResponseEntity<String> qrCode(String provisioningUri) throws WriterException {
		var matrix = new QRCodeWriter().encode(provisioningUri, BarcodeFormat.QR_CODE, 0, 0,
				Map.of(EncodeHintType.MARGIN, 2));
		StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(matrix.getWidth()).append(' ').append(matrix.getHeight())
			.append("\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					svg.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		svg.append("\"/></svg>");
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(svg.toString());
	}

	private LanyardUser current(Authentication authentication) {
		LanyardUser user = SignInCompletion.principal(authentication);
		return accounts.load(user.id()).orElse(user).withoutSecrets();
	}

	/** Groups of four are easier to type into a phone. */
	private static String spaced(String secret) {
		return secret.replaceAll("(.{4})(?!$)", "$1 ");
	}

}

package org.lanyard.access;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API. A token acts with its owner's current rights.
 * <p>
 * Each node remembers a token's owner for a few seconds, so that a busy integration does not cost three queries per
 * call; revoking a token takes effect at once on the node that revoked it and within {@link #REMEMBER} on the others.
 * This is a cache, not shared state: losing it changes nothing but speed.
 */
@Component
class ApiTokenAuthentication extends OncePerRequestFilter {

	static final Duration REMEMBER = Duration.ofSeconds(15);

	private static final int MAX_REMEMBERED = 10_000;

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final Clock clock;

	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	ApiTokenAuthentication(ApiTokens tokens, Accounts accounts, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			Optional<LanyardUser> user = userFor(header.substring(7).strip());
			if (user.isEmpty()) {
				ProblemResponses.write(response, 401, "Not signed in",
						"The API token is not valid: it may have been revoked. Make a new one under Account, API tokens.");
				return;
			}
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
					user.get().authorities()));
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

	private Optional<LanyardUser> userFor(String token) {
		if (token.isEmpty() || token.length() > 200) {
			return Optional.empty();
		}
		Instant now = Instant.now(clock);
		Remembered hit = remembered.get(token);
		if (hit != null && hit.until().isAfter(now)) {
			return Optional.of(hit.user());
		}
		Optional<LanyardUser> user = tokens.ownerOf(token).flatMap(accounts::load).filter(LanyardUser::isEnabled)
			.map(LanyardUser::withoutSecrets);
		if (remembered.size() > MAX_REMEMBERED) {
			remembered.clear();
		}
		user.ifPresentOrElse(u -> remembered.put(token, new Remembered(u, now.plus(REMEMBER))),
				() -> remembered.remove(token));
		return user;
	}

	void forgetAll() {
		remembered.clear();
	}

	private record Remembered(LanyardUser user, Instant until) {
	}

}

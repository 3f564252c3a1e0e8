package org.lanyard.screening;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a screening request body larger than {@link RequestLimits#MAX_BODY_BYTES} by its declared length, before
 * a byte of it is read, so that a 50 MB upload costs the server nothing. (Bodies without a declared length are
 * bounded by the limits checked after parsing, and by Jackson's own string-length limit.)
 */
class ScreeningBodyLimit extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/screenings"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > RequestLimits.MAX_BODY_BYTES) {
			response.setStatus(413);
			response.setContentType("application/problem+json");
			response.getWriter().write("{\"type\":\"https://lanyard.invalid/problems/too-large\",\"title\":\"Too large\","
					+ "\"status\":413,\"detail\":\"A screening request may be up to "
					+ RequestLimits.MAX_BODY_BYTES / (1024 * 1024) + " MB. Send smaller or fewer images.\"}");
			return;
		}
		chain.doFilter(request, response);
	}

}

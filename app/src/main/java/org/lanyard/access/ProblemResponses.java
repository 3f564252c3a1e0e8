package org.lanyard.access;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** RFC 9457 problem bodies written by security filters, before any controller advice can run. */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + escape(title) + "\",\"status\":" + status
					+ ",\"detail\":\"" + escape(detail) + "\"}");
	}

	private static String escape(String value) {
		StringBuilder out = new StringBuilder();
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '<' -> out.append("\\u003c");
				case '>' -> out.append("\\u003e");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}

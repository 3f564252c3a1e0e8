package org.lanyard.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Dates and times as a UK school writes them, in UK time: {@code 22 Nov 2026, 09:30}. Used by templates as {@code @dates}. */
@Component("dates")
public class Dates {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(UK);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	public String format(@Nullable Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

	public String date(@Nullable LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

}

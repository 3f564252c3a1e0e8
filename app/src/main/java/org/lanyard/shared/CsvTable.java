package org.lanyard.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file with a header row, read the way school MIS exports write them (quoted fields, commas inside
 * names, a byte-order mark, Windows line ends). The header must name exactly the expected columns, in any order.
 */
public final class CsvTable {

	private final List<Row> rows;

	private CsvTable(List<Row> rows) {
		this.rows = rows;
	}

	/** One data row; {@code line} counts the header as line 1. */
	public record Row(int line, java.util.Map<String, String> values) {

		/** The trimmed value of a column, empty when blank. */
		public String get(String column) {
			String value = values.get(column);
			return value == null ? "" : value.strip();
		}

	}

	/**
	 * Reads the file.
	 * @throws InvalidInputException when the file is not UTF-8 text, is empty, or its header is wrong
	 */
	public static CsvTable read(byte[] bytes, List<String> columns) {
		String text = decode(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new InvalidInputException("The file is empty.", List.of(FieldProblem.atLine(1, "file",
					"The file is empty. The first line must be the header: " + String.join(",", columns), null)));
		}
		CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<CSVRecord> records = parser.getRecords();
			List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
			checkHeader(header, columns);
			List<Row> rows = new ArrayList<>(records.size());
			for (int i = 1; i < records.size(); i++) {
				CSVRecord record = records.get(i);
				java.util.Map<String, String> values = new java.util.HashMap<>();
				for (int c = 0; c < header.size(); c++) {
					values.put(header.get(c), c < record.size() ? record.get(c) : "");
				}
				if (record.size() > header.size()) {
					values.put("__extra", String.valueOf(record.size() - header.size()));
				}
				rows.add(new Row((int) record.getRecordNumber(), values));
			}
			return new CsvTable(rows);
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			throw new InvalidInputException("The file is not valid CSV.", List.of(FieldProblem.atLine(1, "file",
					"The file could not be read as CSV: " + e.getMessage(), null)));
		}
	}

	public List<Row> rows() {
		return rows;
	}

	/** A problem for a row that has more fields than the header has columns, if it has. */
	public static java.util.Optional<FieldProblem> extraFields(Row row) {
		String extra = row.values().get("__extra");
		return extra == null ? java.util.Optional.empty() : java.util.Optional.of(FieldProblem.atLine(row.line(), "row",
				"This line has " + extra + " more field(s) than the header. Check for an unquoted comma.", null));
	}

	private static void checkHeader(List<String> header, List<String> columns) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String name : header) {
			if (!columns.contains(name)) {
				problems.add(FieldProblem.atLine(1, name.isEmpty() ? "header" : name,
						"Unknown column '" + name + "'. The columns are: " + String.join(",", columns) + ".", null));
			}
			else if (!seen.add(name)) {
				problems.add(FieldProblem.atLine(1, name, "Column '" + name + "' appears twice in the header.", null));
			}
		}
		for (String column : columns) {
			if (!header.contains(column)) {
				problems.add(FieldProblem.atLine(1, column, "The header has no '" + column + "' column.", null));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("The header row is not right.", problems);
		}
	}

	private static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new InvalidInputException("The file is not UTF-8 text.", List.of(FieldProblem.atLine(1, "file",
					"Save the file as 'CSV UTF-8' and upload it again: it is not UTF-8 text.", null)));
		}
	}

}

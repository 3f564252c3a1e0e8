package org.lanyard.screening;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.ScreeningSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SettingsRepository {

	private final JdbcClient jdbc;

	SettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ScreeningSettings find(UUID schoolId) {
		Map<String, FindingCode> extra = new LinkedHashMap<>();
		jdbc.sql("select phrase, code from screening.extra_term where school_id = ? order by phrase")
			.param(schoolId)
			.query(rs -> {
				extra.put(rs.getString(1), FindingCode.valueOf(rs.getString(2)));
			});
		return jdbc.sql("select allowed_link_domains, embargo_terms, exceptions from screening.settings where school_id = ?")
			.param(schoolId)
			.query((rs, n) -> new ScreeningSettings(strings(rs.getArray(1)), strings(rs.getArray(2)), extra,
					strings(rs.getArray(3))))
			.optional()
			.orElse(new ScreeningSettings(List.of(), List.of(), extra, List.of()));
	}

	void save(UUID schoolId, ScreeningSettings settings) {
		jdbc.sql("""
				insert into screening.settings (school_id, allowed_link_domains, embargo_terms, exceptions, updated_at)
				values (:school, :domains, :terms, :exceptions, now())
				on conflict (school_id) do update
				set allowed_link_domains = excluded.allowed_link_domains, embargo_terms = excluded.embargo_terms,
				    exceptions = excluded.exceptions, updated_at = now()
				""")
			.param("school", schoolId)
			.param("domains", settings.allowedLinkDomains().toArray(String[]::new))
			.param("terms", settings.embargoTerms().toArray(String[]::new))
			.param("exceptions", settings.exceptions().toArray(String[]::new))
			.update();
		jdbc.sql("delete from screening.extra_term where school_id = ?").param(schoolId).update();
		settings.extraTerms().forEach((phrase, code) -> jdbc
			.sql("insert into screening.extra_term (school_id, phrase, code) values (?, ?, ?)")
			.params(schoolId, phrase, code.name())
			.update());
	}

	/** Marks everything the engine builds from as changed for this school, in the caller's transaction. */
	void bumpVersion(UUID schoolId) {
		jdbc.sql("insert into screening.context_version (school_id, version) values (?, 1) "
				+ "on conflict (school_id) do update set version = screening.context_version.version + 1")
			.param(schoolId)
			.update();
	}

	long version(UUID schoolId) {
		return jdbc.sql("select version from screening.context_version where school_id = ?")
			.param(schoolId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}

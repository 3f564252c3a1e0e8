package org.lanyard.screening;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

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
		return jdbc.sql("select allowed_link_domains, embargo_terms from screening.settings where school_id = ?")
			.param(schoolId)
			.query((rs, n) -> new ScreeningSettings(strings(rs.getArray(1)), strings(rs.getArray(2))))
			.optional()
			.orElse(ScreeningSettings.none());
	}

	void save(UUID schoolId, List<String> domains, List<String> terms) {
		jdbc.sql("""
				insert into screening.settings (school_id, allowed_link_domains, embargo_terms, updated_at)
				values (:school, :domains, :terms, now())
				on conflict (school_id) do update
				set allowed_link_domains = excluded.allowed_link_domains, embargo_terms = excluded.embargo_terms,
				    updated_at = now()
				""")
			.param("school", schoolId)
			.param("domains", domains.toArray(String[]::new))
			.param("terms", terms.toArray(String[]::new))
			.update();
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

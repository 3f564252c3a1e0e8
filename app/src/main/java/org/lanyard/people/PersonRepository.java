package org.lanyard.people;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PersonRepository {

	private static final String COLUMNS = "id, school_id, external_id, role, first_name, last_name, preferred_name, "
			+ "year_group, date_of_birth, email";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	PersonRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	Map<String, String> rolesByExternalId(UUID schoolId) {
		Map<String, String> roles = new HashMap<>();
		jdbc.sql("select external_id, role from people.person where school_id = ?")
			.param(schoolId)
			.query(rs -> {
				roles.put(rs.getString(1), rs.getString(2));
			});
		return roles;
	}

	/**
	 * Upserts the rows and sets each listed parent's links to exactly the pupils listed, in the caller's transaction.
	 * Rows that are the same as what is stored are not touched, so the same file twice changes nothing.
	 */
	ImportResult upsert(UUID schoolId, List<PersonRow> rows) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			stage(connection, rows);
		}
		catch (SQLException | IOException e) {
			throw new IllegalStateException("Could not stage the people file", e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		List<Upserted> upserted = jdbc.sql("""
				insert into people.person as p (id, school_id, external_id, role, first_name, last_name, preferred_name,
				                                year_group, date_of_birth, email)
				select gen_random_uuid(), :school, external_id, role, first_name, last_name, preferred_name,
				       year_group, date_of_birth, email
				from people_import
				on conflict (school_id, external_id) do update
				set role = excluded.role, first_name = excluded.first_name, last_name = excluded.last_name,
				    preferred_name = excluded.preferred_name, year_group = excluded.year_group,
				    date_of_birth = excluded.date_of_birth, email = excluded.email, updated_at = now()
				where (p.role, p.first_name, p.last_name, p.preferred_name, p.year_group, p.date_of_birth, p.email)
				      is distinct from
				      (excluded.role, excluded.first_name, excluded.last_name, excluded.preferred_name,
				       excluded.year_group, excluded.date_of_birth, excluded.email)
				returning (xmax = 0) as inserted, p.id
				""").param("school", schoolId).query((rs, n) -> new Upserted(rs.getBoolean(1), rs.getObject(2, UUID.class))).list();
		int created = (int) upserted.stream().filter(Upserted::inserted).count();
		java.util.Set<UUID> updated = new java.util.HashSet<>();
		upserted.stream().filter(u -> !u.inserted()).forEach(u -> updated.add(u.id()));
		java.util.Set<UUID> createdIds = new java.util.HashSet<>();
		upserted.stream().filter(Upserted::inserted).forEach(u -> createdIds.add(u.id()));
		relink(schoolId).stream().filter(id -> !createdIds.contains(id)).forEach(updated::add);
		return new ImportResult(created, updated.size());
	}

	private record Upserted(boolean inserted, UUID id) {
	}

	/** Makes the listed parents' links exactly those in the file; returns the parents whose links changed. */
	private List<UUID> relink(UUID schoolId) {
		return jdbc.sql("""
				with wanted as (
				    select parent.id as parent_id, pupil.id as pupil_id
				    from link_import l
				    join people.person parent on parent.school_id = :school and parent.external_id = l.parent_external_id
				    join people.person pupil on pupil.school_id = :school and pupil.external_id = l.pupil_external_id
				), listed as (
				    select p.id from people_import i join people.person p on p.school_id = :school and p.external_id = i.external_id
				    where i.role = 'PARENT'
				), removed as (
				    delete from people.parent_link pl using listed
				    where pl.parent_id = listed.id
				      and not exists (select 1 from wanted w where w.parent_id = pl.parent_id and w.pupil_id = pl.pupil_id)
				    returning pl.parent_id
				), added as (
				    insert into people.parent_link (school_id, parent_id, pupil_id)
				    select :school, parent_id, pupil_id from wanted
				    on conflict do nothing
				    returning parent_id
				)
				select distinct parent_id from (select parent_id from removed union all select parent_id from added) c
				""").param("school", schoolId).query(UUID.class).list();
	}

	/** COPY is the fastest way to bring thousands of rows into PostgreSQL: a 30,000-line file stages in well under a second. */
	private static void stage(Connection connection, List<PersonRow> rows) throws SQLException, IOException {
		try (var statement = connection.createStatement()) {
			statement.execute("""
					create temporary table if not exists people_import (
					    external_id text, role text, first_name text, last_name text, preferred_name text,
					    year_group text, date_of_birth date, email text) on commit drop;
					create temporary table if not exists link_import (
					    parent_external_id text, pupil_external_id text) on commit drop;
					truncate people_import; truncate link_import;
					""");
		}
		StringBuilder people = new StringBuilder(rows.size() * 80);
		StringBuilder links = new StringBuilder();
		for (PersonRow row : rows) {
			people.append(field(row.externalId())).append('\t').append(row.role().name()).append('\t')
				.append(field(row.firstName())).append('\t').append(field(row.lastName())).append('\t')
				.append(field(row.preferredName())).append('\t').append(field(row.yearGroup())).append('\t')
				.append(row.dateOfBirth() == null ? "\\N" : row.dateOfBirth().toString()).append('\t')
				.append(field(row.email())).append('\n');
			for (String pupil : row.linkedPupils()) {
				links.append(field(row.externalId())).append('\t').append(field(pupil)).append('\n');
			}
		}
		var copy = connection.unwrap(PGConnection.class).getCopyAPI();
		copy.copyIn("copy people_import from stdin", new StringReader(people.toString()));
		copy.copyIn("copy link_import from stdin", new StringReader(links.toString()));
		try (var statement = connection.createStatement()) {
			// temporary tables have no statistics until analysed: without them the planner guesses badly
			statement.execute("analyze people_import; analyze link_import");
		}
	}

	/** A value in COPY's text format: backslash, tab and line breaks escaped; null as \N. */
	private static String field(@Nullable String value) {
		if (value == null) {
			return "\\N";
		}
		return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	Optional<PersonView> find(UUID schoolId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from people.person where school_id = ? and id = ?")
			.params(schoolId, id)
			.query(PersonView.class)
			.optional();
	}

	Optional<PersonView> findByExternalId(UUID schoolId, String externalId) {
		return jdbc.sql("select " + COLUMNS + " from people.person where school_id = ? and external_id = ?")
			.params(schoolId, externalId)
			.query(PersonView.class)
			.optional();
	}

	List<PersonView> children(UUID parentId) {
		return jdbc.sql("select " + prefixed("p") + " from people.person p join people.parent_link l on l.pupil_id = p.id "
				+ "where l.parent_id = ? order by p.last_name, p.first_name")
			.param(parentId)
			.query(PersonView.class)
			.list();
	}

	List<PersonView> parents(UUID pupilId) {
		return jdbc.sql("select " + prefixed("p") + " from people.person p join people.parent_link l on l.parent_id = p.id "
				+ "where l.pupil_id = ? order by p.last_name, p.first_name")
			.param(pupilId)
			.query(PersonView.class)
			.list();
	}

	List<PersonView> all(UUID schoolId) {
		return jdbc.sql("select " + COLUMNS + " from people.person where school_id = ?").param(schoolId)
			.query(PersonView.class).list();
	}

	List<PersonView> staffOrGovernorsByEmail(String email) {
		return jdbc.sql("select " + COLUMNS + " from people.person where lower(email) = lower(?) "
				+ "and role in ('STAFF', 'GOVERNOR') order by created_at")
			.param(email.strip())
			.query(PersonView.class)
			.list();
	}

	record SearchResult(List<PersonView> people, long total) {
	}

	SearchResult search(UUID schoolId, @Nullable String query, @Nullable String role, @Nullable String yearGroup,
			int page, int size) {
		StringBuilder where = new StringBuilder(" where school_id = :school");
		Map<String, Object> params = new HashMap<>();
		params.put("school", schoolId);
		if (query != null && !query.isBlank()) {
			where.append(" and (lower(first_name || ' ' || last_name) like :q or lower(coalesce(preferred_name, '') || ' ' "
					+ "|| last_name) like :q or lower(last_name) like :q or lower(external_id) = :exact)");
			String q = query.strip().toLowerCase(java.util.Locale.ROOT);
			params.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			params.put("exact", q);
		}
		if (role != null && !role.isBlank()) {
			where.append(" and role = :role");
			params.put("role", role);
		}
		if (yearGroup != null && !yearGroup.isBlank()) {
			where.append(" and year_group = :year");
			params.put("year", yearGroup);
		}
		long total = jdbc.sql("select count(*) from people.person" + where).params(params).query(Long.class).single();
		List<PersonView> people = new ArrayList<>(jdbc.sql("select " + COLUMNS + " from people.person" + where
				+ " order by lower(last_name), lower(first_name), external_id limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(PersonView.class)
			.list());
		return new SearchResult(people, total);
	}

	private static String prefixed(String alias) {
		return java.util.Arrays.stream(COLUMNS.split(",\\s*")).map(c -> alias + "." + c)
			.collect(java.util.stream.Collectors.joining(", "));
	}

}

package org.lanyard.schools;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SchoolRepository {

	private static final String COLUMNS = "id, slug, name, policy_pack";

	private final JdbcClient jdbc;

	SchoolRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UUID> trustId() {
		return jdbc.sql("select id from schools.trust order by created_at limit 1").query(UUID.class).optional();
	}

	Optional<String> trustName() {
		return jdbc.sql("select name from schools.trust order by created_at limit 1").query(String.class).optional();
	}

	void insertTrust(UUID id, String name) {
		jdbc.sql("insert into schools.trust (id, name) values (?, ?)").params(id, name).update();
	}

	void insert(UUID id, UUID trustId, CreateSchool school) {
		jdbc.sql("insert into schools.school (id, trust_id, slug, name, policy_pack) values (?, ?, ?, ?, ?)")
			.params(id, trustId, school.slug(), school.name().strip(), school.policyPack())
			.update();
	}

	boolean slugTaken(String slug) {
		return jdbc.sql("select exists (select 1 from schools.school where slug = ?)").param(slug).query(Boolean.class).single();
	}

	Optional<SchoolView> findBySlug(String slug) {
		return jdbc.sql("select " + COLUMNS + " from schools.school where slug = ?").param(slug).query(SchoolView.class).optional();
	}

	Optional<SchoolView> findById(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from schools.school where id = ?").param(id).query(SchoolView.class).optional();
	}

	List<SchoolView> all() {
		return jdbc.sql("select " + COLUMNS + " from schools.school order by name").query(SchoolView.class).list();
	}

	List<SchoolView> withIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from schools.school where id in (:ids) order by name")
			.param("ids", ids)
			.query(SchoolView.class)
			.list();
	}

}

package org.lanyard.demo;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The first start of an empty database with the demo: a trust of five fictional schools, one per shipped pack. */
@SpringBootTest(properties = { "lanyard.database.ephemeral=true", "lanyard.first-start.demo=true" })
class FirstStartIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FirstStart firstStart;

	@Test
	void createsTheDemoTrustWithOneSchoolPerShippedPack() {
		List<String> packs = jdbc.sql("select policy_pack from schools.school order by policy_pack").query(String.class).list();

		assertThat(jdbc.sql("select name from schools.trust").query(String.class).single()).contains("(demo)");
		assertThat(packs).containsExactly("highters-heath", "horizon-mat-2020", "lache-2020", "little-eaton-2024",
				"roman-road-2021");
	}

	@Test
	void givesEverySchoolAGeneratedRosterWithFamiliesAndConsents() {
		var perSchool = jdbc.sql("""
				select s.slug, count(p.*) filter (where p.role = 'PUPIL') as pupils,
				       count(p.*) filter (where p.role = 'PARENT') as parents,
				       count(p.*) filter (where p.role = 'STAFF') as staff,
				       (select count(*) from people.parent_link l where l.school_id = s.id) as links,
				       (select count(*) from consent.consent_record c where c.school_id = s.id) as consents
				from schools.school s join people.person p on p.school_id = s.id group by s.id, s.slug
				""").query((rs, n) -> new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6) })
			.list();

		assertThat(perSchool).hasSize(5).allSatisfy(counts -> {
			assertThat(counts[0]).as("pupils").isGreaterThan(20);
			assertThat(counts[1]).as("parents").isGreaterThan(10);
			assertThat(counts[2]).as("staff").isGreaterThan(5);
			assertThat(counts[3]).as("parent links").isGreaterThanOrEqualTo(counts[0]);
			assertThat(counts[4]).as("consent records").isGreaterThanOrEqualTo(counts[0] * 5);
		});
	}

	@Test
	void leavesOnlyAOneTimeLinkForTheFirstAdministratorAndNoPassword() {
		assertThat(jdbc.sql("select count(*) from access.user_account where trust_admin and password_hash is null")
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from access.user_account where password_hash is not null")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from access.sign_in_link where used_at is null and expires_at > now()")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aSecondStartCreatesNothingMoreButAFreshLink() throws Exception {
		long people = jdbc.sql("select count(*) from people.person").query(Long.class).single();

		firstStart.run(null);

		assertThat(jdbc.sql("select count(*) from schools.school").query(Long.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from people.person").query(Long.class).single()).isEqualTo(people);
		assertThat(jdbc.sql("select count(*) from access.sign_in_link where used_at is null").query(Long.class).single())
			.isEqualTo(1);
	}

}

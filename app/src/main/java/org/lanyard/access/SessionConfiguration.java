package org.lanyard.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Sessions live in PostgreSQL (tables made by Flyway), so that any node behind a load balancer can serve any request
 * and a restart signs nobody out. Expired sessions are swept by every node; the sweep is an idempotent delete.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 60 * 60)
class SessionConfiguration {

}

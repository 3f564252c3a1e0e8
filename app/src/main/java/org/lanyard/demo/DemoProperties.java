package org.lanyard.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * First-start settings.
 *
 * @param demo whether an empty database gets the demo trust of fictional schools ({@code LANYARD_DEMO})
 * @param trustName the trust's name when no demo is wanted ({@code LANYARD_TRUST_NAME})
 * @param adminEmail the first trust administrator's e-mail address ({@code LANYARD_ADMIN_EMAIL})
 */
@ConfigurationProperties("lanyard.first-start")
record DemoProperties(@DefaultValue("true") boolean demo, @DefaultValue("My trust") String trustName,
		@DefaultValue("admin@trust.example") String adminEmail) {
}

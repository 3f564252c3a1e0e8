package org.lanyard.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings.
 *
 * @param baseUrl the address people reach Lanyard at; used in one-time sign-in links
 * @param bootstrapToken when not empty, an API token with this value and trust-administrator rights exists
 * @param maxFailedSignIns failed attempts for one e-mail address within {@code throttleWindow} before it is locked
 * @param maxFailedSignInsPerAddress failed attempts from one network address within the window before it is locked
 * @param throttleWindow how long failed attempts count
 * @param signInLinkValidity how long a one-time sign-in link works
 */
@ConfigurationProperties("lanyard")
record AccessProperties(@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("") String bootstrapToken,
		@DefaultValue("5") int maxFailedSignIns, @DefaultValue("50") int maxFailedSignInsPerAddress,
		@DefaultValue("15m") Duration throttleWindow, @DefaultValue("72h") Duration signInLinkValidity) {
}

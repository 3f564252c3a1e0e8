package org.lanyard;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the whole application, through real HTTP, on a real (embedded, throw-away) PostgreSQL. Every test class
 * with this annotation shares one running application, so each test makes its own school with a unique slug.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lanyard.database.ephemeral=true", "lanyard.first-start.demo=false",
				"lanyard.bootstrap-token=" + TestApi.BOOTSTRAP_TOKEN, "logging.level.org.lanyard.demo=warn" })
public @interface LanyardIntegrationTest {

}

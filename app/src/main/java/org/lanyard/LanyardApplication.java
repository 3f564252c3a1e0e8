package org.lanyard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Lanyard: a school's social media policy, made executable.
 * <p>
 * Each direct sub-package is one capability (a Spring Modulith module); {@code ModularityTests} checks the boundaries.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class LanyardApplication {

	public static void main(String[] args) {
		SpringApplication.run(LanyardApplication.class, args);
	}

}

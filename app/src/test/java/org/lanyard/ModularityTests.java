package org.lanyard;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The capability boundaries hold: no cycles, no reaching into another module's insides, only declared dependencies.
 * <p>
 * The screening engine ({@code org.lanyard.screening.engine}) is a separate Maven library with no Spring in it, used
 * like any other library (schools check pack ids against it, the screening module adapts it). Maven keeps its own
 * boundary: it cannot see the app at all. So it is left out of the app's module graph.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(LanyardApplication.class,
			JavaClass.Predicates.resideInAPackage("org.lanyard.screening.engine.."));

	@Test
	void verifiesModularStructure() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}

package org.lanyard.screening.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lanyard.screening.engine.FindingCode;

/** The bundled models are exactly what the team's training sentences give: nobody edits weights by hand. */
class LearnedModelsTests {

	@Test
	void bundledModelsAreTheOnesTheTrainingDataGives() throws IOException {
		Map<FindingCode, String> trained = ModelTraining.trainAll();

		boolean retrain = Boolean.getBoolean("lanyard.retrain");
		for (Map.Entry<FindingCode, String> model : trained.entrySet()) {
			var file = ModelTraining.MODELS.resolve(model.getKey().name() + ".model");
			if (retrain) {
				Files.createDirectories(file.getParent());
				Files.writeString(file, model.getValue(), StandardCharsets.UTF_8);
			}
			assertThat(Files.readString(file, StandardCharsets.UTF_8))
				.as("%s is stale: retrain with -Dlanyard.retrain=true", file)
				.isEqualTo(model.getValue());
		}
	}

}

package org.lanyard.screening.engine.learn;

import java.util.Set;

import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;

/** One sentence the team wrote to teach a model, with the codes it carries (none for a look-alike). */
record TrainingExample(String text, Direction direction, Set<FindingCode> labels, String source) {
}

package org.lanyard.schools;

import java.util.UUID;

/** A school as other modules and pages see it. */
public record SchoolView(UUID id, String slug, String name, String policyPack) {
}

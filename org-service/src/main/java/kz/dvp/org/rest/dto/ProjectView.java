package kz.dvp.org.rest.dto;

import kz.dvp.events.Category;
import kz.dvp.org.domain.Project;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Project")
public record ProjectView(UUID id, UUID organizationId, String name, String description, Category category,
                          String programCode, List<String> regions, LocalDate startDate, LocalDate endDate,
                          boolean minorsAllowed, int maxHoursPerDay, Project.Status status, Instant createdAt,
                          Instant closedAt) {

    public static ProjectView of(Project p) {
        return new ProjectView(p.id, p.organizationId, p.name, p.description, p.category, p.programCode, p.regionList(),
                p.startDate, p.endDate, p.minorsAllowed, p.maxHoursPerDay, p.status, p.createdAt, p.closedAt);
    }
}

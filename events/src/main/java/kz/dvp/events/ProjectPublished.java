package kz.dvp.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A verified organization published a project. Project data is public.
 *
 * @param organizationId the publishing organization (the record key)
 * @param projectId      the project's id
 * @param name           project name
 * @param category       field of volunteering
 * @param programCode    national programme code, e.g. {@code ZHAS_AGASH}; null when outside a programme
 * @param regions        ISO 3166-2 codes of the regions where the project runs (at least one)
 * @param startDate      first day (Asia/Almaty)
 * @param endDate        last day, null when open-ended
 * @param minorsAllowed  whether volunteers under 18 may take part (never for EMERGENCY)
 * @param maxHoursPerDay upper bound of hours per volunteer per day
 * @param occurredAt     publication time
 */
public record ProjectPublished(
        UUID organizationId,
        UUID projectId,
        String name,
        Category category,
        String programCode,
        List<String> regions,
        LocalDate startDate,
        LocalDate endDate,
        boolean minorsAllowed,
        int maxHoursPerDay,
        Instant occurredAt) implements DvpEvent {

    @Override
    public UUID aggregateId() {
        return organizationId;
    }
}

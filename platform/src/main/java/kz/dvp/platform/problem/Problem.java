package kz.dvp.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code type} and {@code code} are stable and safe to branch on; {@code title}
 * follows {@code Accept-Language} (kk, ru, en); {@code errors} lists each invalid field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(
        @Schema(example = "https://dvp.kz/problems/validation-failed") URI type,
        @Schema(example = "Request validation failed") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are invalid") String detail,
        @Schema(example = "/api/v1/volunteers") String instance,
        @Schema(example = "validation-failed") String code,
        List<FieldError> errors,
        @JsonIgnore Map<String, Object> extensions) {

    /** Extension members (RFC 9457 §3.2), e.g. {@code existingVolunteerId}, written beside the standard ones. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://dvp.kz/problems/";

    /** One invalid field: its JSON path and what is wrong, in the caller's language where a message exists. */
    public record FieldError(@Schema(example = "iin") String field,
                             @Schema(example = "must be 12 digits") String message) {
    }
}

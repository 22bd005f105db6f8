package kz.dvp.activity.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import kz.dvp.events.ActivityStatus;

import java.util.Map;
import java.util.UUID;

/** The outcome for one item of a batch or bulk request: the id and status, or the problem. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResult(int index, UUID id, ActivityStatus status, String code, String detail,
                         Map<String, Object> extensions) {

    public static ItemResult ok(int index, UUID id, ActivityStatus status) {
        return new ItemResult(index, id, status, null, null, null);
    }

    public static ItemResult failed(int index, UUID id, String code, String detail, Map<String, Object> extensions) {
        return new ItemResult(index, id, null, code, detail, extensions == null || extensions.isEmpty() ? null : extensions);
    }
}

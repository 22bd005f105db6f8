package kz.dvp.activity.rest.dto;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The same decision for up to 1 000 activities; the answer has one result per id. */
public record BulkDecisionRequest(@NotEmpty @Size(max = 1000) List<@NotNull UUID> ids,
                                  @NotNull DecisionRequest.Decision decision,
                                  @Size(max = 1000) String reason) {
}

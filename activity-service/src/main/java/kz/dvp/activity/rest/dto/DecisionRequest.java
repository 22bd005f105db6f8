package kz.dvp.activity.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record DecisionRequest(@NotNull Decision decision, @Size(max = 1000) String reason) {

    public enum Decision { VERIFIED, REJECTED }
}

package kz.dvp.activity.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

public record AttendanceRequest(@NotNull UUID volunteerId, @Size(max = 2000) String description) {
}

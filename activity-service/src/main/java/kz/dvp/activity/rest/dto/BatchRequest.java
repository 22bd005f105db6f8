package kz.dvp.activity.rest.dto;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Up to 10 000 activities; each is validated alone. */
public record BatchRequest(@NotEmpty @Size(max = 10_000) List<@NotNull SubmitActivityRequest> items) {
}

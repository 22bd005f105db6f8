package kz.dvp.identity.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A new partner client; the secret is shown only in this answer. */
public record PartnerView(UUID id, String name, String clientId,
                          @Schema(description = "Shown once; store it safely") String clientSecret,
                          List<String> scopes) {
}

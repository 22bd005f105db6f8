package kz.dvp.identity.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A salted hash of a volunteer's IIN (Open Badges 3.0 IdentityObject), never the IIN itself. */
@Schema(name = "IdentityHash")
public record IdentityHashView(
        @Schema(description = "'sha256$' + hex(SHA-256(IIN + salt))", example = "sha256$9f86d081884c7d65...") String identityHash,
        @Schema(description = "Random, hex", example = "3f9a0c1d2e4b5a69788796a5b4c3d2e1") String salt) {
}

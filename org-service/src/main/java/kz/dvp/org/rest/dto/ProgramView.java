package kz.dvp.org.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.dvp.events.Category;
import kz.dvp.org.domain.Program;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A national programme; also the body a national admin posts to add one. */
@Schema(name = "Program")
public record ProgramView(
        @NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,63}$", message = "must be an upper-case code like ZHAS_AGASH") @Schema(example = "ZHAS_AGASH") String code,
        @NotBlank @Size(max = 300) @Schema(example = "Жас ағаш") String nameKk,
        @NotBlank @Size(max = 300) @Schema(example = "Жас ағаш (Молодое дерево)") String nameRu,
        @NotBlank @Size(max = 300) @Schema(example = "Zhas Agash (Young Tree)") String nameEn,
        @NotNull @Schema(example = "ECOLOGY") Category category) {

    public static ProgramView of(Program p) {
        return new ProgramView(p.code, p.nameKk, p.nameRu, p.nameEn, p.category);
    }
}

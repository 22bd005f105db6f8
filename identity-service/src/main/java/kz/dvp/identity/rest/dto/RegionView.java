package kz.dvp.identity.rest.dto;

import kz.dvp.events.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region")
public record RegionView(@Schema(example = "KZ-62") String code, @Schema(example = "Ұлытау облысы") String nameKk,
                         @Schema(example = "Улытауская область") String nameRu, @Schema(example = "Ulytau Region") String nameEn) {

    public static RegionView of(Region r) {
        return new RegionView(r.code(), r.nameKk(), r.nameRu(), r.nameEn());
    }
}

package kz.dvp.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 20 first-level regions of Kazakhstan with their ISO 3166-2 codes: 17 oblasts (Abai, Jetisu and
 * Ulytau since 2022) and the cities of national significance Astana, Almaty and Shymkent.
 */
public enum Region {
    ABAI("KZ-10", "Абай облысы", "Абайская область", "Abai Region"),
    AKMOLA("KZ-11", "Ақмола облысы", "Акмолинская область", "Akmola Region"),
    AKTOBE("KZ-15", "Ақтөбе облысы", "Актюбинская область", "Aktobe Region"),
    ALMATY_REGION("KZ-19", "Алматы облысы", "Алматинская область", "Almaty Region"),
    ATYRAU("KZ-23", "Атырау облысы", "Атырауская область", "Atyrau Region"),
    WEST_KAZAKHSTAN("KZ-27", "Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region"),
    JAMBYL("KZ-31", "Жамбыл облысы", "Жамбылская область", "Jambyl Region"),
    JETISU("KZ-33", "Жетісу облысы", "Жетысуская область", "Jetisu Region"),
    KARAGANDA("KZ-35", "Қарағанды облысы", "Карагандинская область", "Karaganda Region"),
    KOSTANAY("KZ-39", "Қостанай облысы", "Костанайская область", "Kostanay Region"),
    KYZYLORDA("KZ-43", "Қызылорда облысы", "Кызылординская область", "Kyzylorda Region"),
    MANGYSTAU("KZ-47", "Маңғыстау облысы", "Мангистауская область", "Mangystau Region"),
    PAVLODAR("KZ-55", "Павлодар облысы", "Павлодарская область", "Pavlodar Region"),
    NORTH_KAZAKHSTAN("KZ-59", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan Region"),
    TURKISTAN("KZ-61", "Түркістан облысы", "Туркестанская область", "Turkistan Region"),
    ULYTAU("KZ-62", "Ұлытау облысы", "Улытауская область", "Ulytau Region"),
    EAST_KAZAKHSTAN("KZ-63", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region"),
    ASTANA("KZ-71", "Астана", "Астана", "Astana"),
    ALMATY("KZ-75", "Алматы", "Алматы", "Almaty"),
    SHYMKENT("KZ-79", "Шымкент", "Шымкент", "Shymkent");

    private static final Map<String, Region> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Region::code, Function.identity()));

    private final String code;
    private final String nameKk;
    private final String nameRu;
    private final String nameEn;

    Region(String code, String nameKk, String nameRu, String nameEn) {
        this.code = code;
        this.nameKk = nameKk;
        this.nameRu = nameRu;
        this.nameEn = nameEn;
    }

    /** ISO 3166-2 code, e.g. {@code KZ-71}. */
    public String code() {
        return code;
    }

    public String nameKk() {
        return nameKk;
    }

    public String nameRu() {
        return nameRu;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The name in Kazakh, Russian or (for any other language) English. */
    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "kk" -> nameKk;
            case "ru" -> nameRu;
            default -> nameEn;
        };
    }

    /** The region of an ISO 3166-2 code, if it is one of the 20. */
    public static Optional<Region> ofCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }
}

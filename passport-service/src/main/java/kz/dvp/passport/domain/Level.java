package kz.dvp.passport.domain;

import java.math.BigDecimal;

/** A level of the passport: its code, the verified hours it needs, and its names. */
public record Level(String code, BigDecimal threshold, String nameKk, String nameRu, String nameEn) {

    /** The default ladder: first verified hour, 50 h, 150 h, 500 h, 1 000 h. */
    public static final java.util.List<Level> DEFAULTS = java.util.List.of(
            new Level("FIRST_HOUR", new BigDecimal("1"), "Алғашқы сағат", "Первый час", "First hour"),
            new Level("LEVEL_50", new BigDecimal("50"), "Белсенді ерікті", "Активный волонтёр", "Active volunteer"),
            new Level("LEVEL_150", new BigDecimal("150"), "Тәжірибелі ерікті", "Опытный волонтёр", "Experienced volunteer"),
            new Level("LEVEL_500", new BigDecimal("500"), "Сарапшы ерікті", "Волонтёр-эксперт", "Expert volunteer"),
            new Level("LEVEL_1000", new BigDecimal("1000"), "Ұлттық ерікті", "Волонтёр нации", "National volunteer"));
}

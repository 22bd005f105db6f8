package kz.dvp.passport.document;

import java.util.List;
import java.util.Locale;

/** The languages documents and public pages are written in: Kazakh (the default), Russian, English. */
public enum Language {
    KK, RU, EN;

    public Locale locale() {
        return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An explicit {@code lang} wins; otherwise the first acceptable language we write; otherwise Kazakh. */
    public static Language choose(String lang, List<Locale> acceptable) {
        if (lang != null) {
            for (Language l : values()) {
                if (l.code().equalsIgnoreCase(lang.strip())) {
                    return l;
                }
            }
        }
        for (Locale locale : acceptable) {
            for (Language l : values()) {
                if (l.code().equalsIgnoreCase(locale.getLanguage())) {
                    return l;
                }
            }
        }
        return KK;
    }
}

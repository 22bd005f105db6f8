package kz.dvp.passport.document;

import kz.dvp.events.Region;
import kz.dvp.passport.domain.Level;

import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;

/** The words of documents and public pages in one language, and the names of regions and levels in it. */
public final class Labels {

    private final Language language;
    private final ResourceBundle bundle;

    public Labels(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("kz.dvp.passport.document.labels", language.locale());
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** Every label, for templates. */
    public Map<String, String> all() {
        Map<String, String> all = new HashMap<>();
        bundle.keySet().forEach(k -> all.put(k, bundle.getString(k)));
        return all;
    }

    public Language language() {
        return language;
    }

    public String region(String code) {
        return code == null ? get("none") : Region.ofCode(code).map(r -> r.name(language.locale())).orElse(code);
    }

    public String level(Level level) {
        if (level == null) {
            return get("noLevel");
        }
        return switch (language) {
            case KK -> level.nameKk();
            case RU -> level.nameRu();
            case EN -> level.nameEn();
        };
    }
}

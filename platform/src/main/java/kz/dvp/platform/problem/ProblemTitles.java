package kz.dvp.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Titles of problem codes in Kazakh, Russian and English ({@code kz/dvp/platform/problem/titles*.properties}). */
@ApplicationScoped
public class ProblemTitles {

    static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    private static final String BUNDLE = "kz.dvp.platform.problem.titles";

    /** The title of {@code code} in the first supported language of the caller's preferences. */
    public String title(String code, List<Locale> acceptable) {
        Locale locale = Locale.ENGLISH;
        for (Locale wanted : acceptable) {
            if (LANGUAGES.contains(wanted.getLanguage())) {
                locale = Locale.forLanguageTag(wanted.getLanguage());
                break;
            }
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return bundle.getString(code);
        } catch (MissingResourceException e) {
            return bundle.getString("default");
        }
    }
}

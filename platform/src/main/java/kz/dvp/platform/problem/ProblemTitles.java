package kz.dvp.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Titles of problem codes in Kazakh, Russian and English: a service's own codes from its
 * {@code problem-titles*.properties}, the shared ones from {@code kz/dvp/platform/problem/titles*.properties}.
 */
@ApplicationScoped
public class ProblemTitles {

    static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    private static final String SHARED = "kz.dvp.platform.problem.titles";
    private static final String SERVICE = "problem-titles";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The title of {@code code} in the first supported language of the caller's preferences. */
    public String title(String code, List<Locale> acceptable) {
        Locale locale = Locale.ENGLISH;
        for (Locale wanted : acceptable) {
            if (LANGUAGES.contains(wanted.getLanguage())) {
                locale = Locale.forLanguageTag(wanted.getLanguage());
                break;
            }
        }
        try {
            return ResourceBundle.getBundle(SERVICE, locale, NO_FALLBACK).getString(code);
        } catch (MissingResourceException notAServiceCode) {
            ResourceBundle shared = ResourceBundle.getBundle(SHARED, locale, NO_FALLBACK);
            return shared.containsKey(code) ? shared.getString(code) : shared.getString("default");
        }
    }
}

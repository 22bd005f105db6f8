package kz.dvp.platform.rest;

/** Input formats shared by the request records of every service. */
public final class Patterns {

    /**
     * A personal name in one script: Cyrillic with the Kazakh letters (ә ғ қ ң ө ұ ү һ і) or Latin, words joined
     * by a single space, hyphen or apostrophe. Mixed scripts in one name are refused (homoglyph spoofing).
     */
    public static final String PERSON_NAME = "^(?:[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]+(?:[ '’-][А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]+)*"
            + "|[A-Za-z]+(?:[ '’-][A-Za-z]+)*)$";
    public static final String PHONE = "^\\+7[0-9]{10}$";
    public static final String REGION = "^KZ-[0-9]{2}$";
    public static final String SKILL = "^[a-z0-9][a-z0-9-]{0,39}$";
    public static final String LANGUAGE = "^[a-z]{2}$";

    private Patterns() {
    }
}

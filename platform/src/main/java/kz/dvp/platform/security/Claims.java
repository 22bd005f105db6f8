package kz.dvp.platform.security;

/** Names of the DVP claims in access tokens. */
public final class Claims {

    /** ISO 3166-2 region of a regional operator. */
    public static final String REGION = "region";
    /** Organization id of an org coordinator. */
    public static final String ORGANIZATION = "org";
    /** Volunteer id of a volunteer. */
    public static final String VOLUNTEER = "vol";
    /** Space-separated OAuth scopes of a partner. */
    public static final String SCOPE = "scope";
    /** The issuer of every DVP token (also {@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "https://dvp.kz/identity";

    private Claims() {
    }
}

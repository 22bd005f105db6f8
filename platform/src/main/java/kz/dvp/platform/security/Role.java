package kz.dvp.platform.security;

/** The roles of the platform, carried in the token's {@code groups} claim. */
public enum Role {
    /** National front-office: everything, everywhere. */
    NATIONAL_ADMIN,
    /** Regional front-office: acts only in the region of its {@code region} claim. */
    REGIONAL_OPERATOR,
    /** Acts only for the organization of its {@code org} claim. */
    ORG_COORDINATOR,
    /** Acts only on the records of its {@code vol} claim. */
    VOLUNTEER,
    /** A partner system: reads with scopes, only what volunteers share. */
    PARTNER,
    /** Statistics only. */
    ANALYST;

    /** Names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final String ADMIN = "NATIONAL_ADMIN";
    public static final String OPERATOR = "REGIONAL_OPERATOR";
    public static final String COORDINATOR = "ORG_COORDINATOR";
    public static final String VOLUNTEER_ROLE = "VOLUNTEER";
    public static final String PARTNER_ROLE = "PARTNER";
    public static final String ANALYST_ROLE = "ANALYST";
}

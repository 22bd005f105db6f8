package kz.dvp.system;

import java.util.List;

/** The four services as the system tests, compose file and local run know them. */
record PlatformServices(String name, String database, int port) {

    static final List<PlatformServices> ALL = List.of(
            new PlatformServices("identity-service", "identity", 8081),
            new PlatformServices("org-service", "org", 8082),
            new PlatformServices("activity-service", "activity", 8083),
            new PlatformServices("passport-service", "passport", 8084));
}

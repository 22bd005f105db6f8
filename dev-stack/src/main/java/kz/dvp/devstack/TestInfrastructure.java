package kz.dvp.devstack;

/**
 * The one infrastructure of a test JVM: started on first use, stopped (and its files removed) when the
 * JVM exits. {@code dvp.infra} chooses it: {@code embedded} (default), {@code containers}; setting
 * {@code DVP_PG_URL} and {@code DVP_KAFKA_BOOTSTRAP} selects servers that already run.
 */
public final class TestInfrastructure {

    private static Infrastructure shared;

    private TestInfrastructure() {
    }

    public static synchronized Infrastructure get() {
        if (shared == null) {
            shared = create();
            Infrastructure started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "dvp-dev-stack-stop"));
        }
        return shared;
    }

    private static Infrastructure create() {
        String pgUrl = System.getenv("DVP_PG_URL");
        String kafka = System.getenv("DVP_KAFKA_BOOTSTRAP");
        if (pgUrl != null && !pgUrl.isBlank() && kafka != null && !kafka.isBlank()) {
            return new ExternalInfrastructure(pgUrl, kafka);
        }
        String mode = System.getProperty("dvp.infra", "embedded");
        return switch (mode) {
            case "embedded" -> EmbeddedInfrastructure.disposable();
            case "containers" -> new ContainerInfrastructure();
            default -> throw new IllegalArgumentException("dvp.infra must be embedded or containers, not " + mode);
        };
    }
}

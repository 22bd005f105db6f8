package kz.dvp.identity.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * bcrypt (cost 10). Hashing takes tens of milliseconds of CPU, so it runs on a worker thread and the result
 * returns on the caller's Vert.x context, where the Hibernate Reactive session lives.
 */
@ApplicationScoped
public class PasswordHasher {

    private final Vertx vertx;

    public PasswordHasher(Vertx vertx) {
        this.vertx = vertx;
    }

    public Uni<String> hash(String password) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> BcryptUtil.bcryptHash(password)));
    }

    /** Whether the password matches; a null hash (unknown account) is checked against a dummy and never matches. */
    public Uni<Boolean> matches(String password, String hash) {
        return vertx.executeBlocking(Uni.createFrom().item(() ->
                BcryptUtil.matches(password, hash == null ? Dummy.HASH : hash) && hash != null));
    }

    /**
     * Compared against when an account does not exist, so that unknown usernames take as long as known ones. Made
     * on the first such login, not when the bean is created: at start-up it cost a bcrypt hash on a cold JVM.
     */
    private static final class Dummy {
        static final String HASH = BcryptUtil.bcryptHash("not-a-real-password-0123456789");
    }
}

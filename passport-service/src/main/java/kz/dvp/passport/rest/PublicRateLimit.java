package kz.dvp.passport.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import kz.dvp.passport.credential.CredentialConfig;
import kz.dvp.platform.problem.ProblemException;

import java.time.Duration;
import java.util.List;

/**
 * A fixed allowance per minute and client address for the public endpoints (verification pages, credential checks), so that
 * nobody can walk the passport number space or load the service without a token. Over the rate: 429 with
 * Retry-After. Behind a proxy, set quarkus.http.proxy.proxy-address-forwarding so the address is the client's.
 */
@Provider
@RateLimited
public class PublicRateLimit implements ContainerRequestFilter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();
    // Providers are made before runtime configuration is ready, so the limit is read on first use.
    @Inject
    Instance<CredentialConfig> config;

    @Inject
    RoutingContext request;

    @Override
    public void filter(ContainerRequestContext context) {
        String client = request.request().remoteAddress() == null ? "unknown" : request.request().remoteAddress().hostAddress();
        int perMinute = config.get().publicRequestsPerMinute();
        Bucket bucket = buckets.get(client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill()).plusSeconds(1).withNanos(0);
            throw new ProblemException(429, "too-many-requests",
                    "Too many requests from this address; try again in " + wait.toSeconds() + " s", List.of(), wait);
        }
    }
}

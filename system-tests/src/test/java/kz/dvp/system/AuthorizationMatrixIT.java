package kz.dvp.system;

import com.fasterxml.jackson.databind.JsonNode;
import kz.dvp.system.AccessPolicy.Caller;
import kz.dvp.system.AccessPolicy.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static kz.dvp.system.AccessPolicy.NOT_IN_TABLE;
import static kz.dvp.system.AccessPolicy.TABLE;
import static kz.dvp.system.PlatformCalls.JSON;
import static kz.dvp.system.PlatformCalls.get;
import static kz.dvp.system.PlatformCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the four services against every kind of caller ({@link AccessPolicy}), with the status each
 * must get; a published endpoint without a row in the policy fails {@link #everyPublishedEndpointHasADecision()}.
 */
class AuthorizationMatrixIT {

    private static TestWorld world;

    @BeforeAll
    static void world() throws Exception {
        RunningPlatform.get();
        world = new TestWorld();
    }

    @Test
    void everyEndpointGivesEachCallerTheStatusOfTheTable() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Row row : TABLE) {
            for (Caller caller : Caller.values()) {
                String expected = row.expected().get(caller);
                String target = row.concrete(world, caller);
                Object body = row.body() == null ? null : row.body().make(world, caller);
                PlatformCalls.Reply reply = send(row.method(), row.service(), target, world.tokens.get(caller), body);
                if (reply.status() == 429) {
                    // the public pages' allowance per client address (60 a minute), spent by a test that ran before:
                    // not an authorization decision, so wait for it to refill and ask again
                    Thread.sleep(61_000);
                    reply = send(row.method(), row.service(), target, world.tokens.get(caller), body);
                }
                checked++;
                String got = label(row, reply);
                if (!got.equals(expected)) {
                    wrong.add(String.format("%-6s %-17s %-48s %-18s expected %s, got %s %s", row.method(), row.service(),
                            row.path(), caller, expected, got, abbreviate(reply.body())));
                }
                if (reply.status() >= 400 && got.equals(expected)) {
                    assertThat(reply.contentType()).as(row + " " + caller).startsWith("application/problem+json");
                }
            }
        }
        System.out.printf("Authorization matrix: %d endpoints x %d callers = %d calls, %d differ%n", TABLE.size(),
                Caller.values().length, checked, wrong.size());
        assertThat(wrong).as("calls whose status differs from the table").isEmpty();
    }

    @Test
    void everyPublishedEndpointHasADecision() throws Exception {
        Set<String> published = new TreeSet<>();
        for (String service : List.of("identity-service", "org-service", "activity-service", "passport-service")) {
            JsonNode paths = JSON.readTree(get(service, "/q/openapi?format=json", null).body()).get("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                path.getValue().fieldNames().forEachRemaining(method -> published.add(
                        method.toUpperCase() + " " + service + " " + path.getKey()));
            }
        }
        Set<String> decided = new TreeSet<>(NOT_IN_TABLE.keySet());
        TABLE.forEach(row -> decided.add(row.method() + " " + row.service() + " " + row.path()));
        assertThat(decided).as("endpoints with a decision").containsAll(published);
    }

    /** The status, marked {@code 200*} when a per-item answer (batch, bulk) refused every item. */
    private static String label(Row row, PlatformCalls.Reply reply) throws Exception {
        boolean allRefused = row.method().equals("POST") && reply.status() == 200
                && reply.body().startsWith("{") && JSON.readTree(reply.body()).path("accepted").asInt(-1) == 0;
        return reply.status() + (allRefused ? "*" : "");
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 140 ? flat.substring(0, 140) + "…" : flat;
    }

}

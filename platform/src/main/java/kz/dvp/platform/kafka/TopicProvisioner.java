package kz.dvp.platform.kafka;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import kz.dvp.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Creates the event topics (and this service's dead-letter topic) at start-up when they are missing:
 * history topics keep every event ({@code retention.ms=-1}) since projections are rebuilt from them;
 * the passport topic is compacted to the latest figures per volunteer.
 */
@ApplicationScoped
public class TopicProvisioner {

    private final String bootstrap;
    private final int partitions;
    private final short replicationFactor;
    private final Optional<String> deadLetterService;

    public TopicProvisioner(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
                            @ConfigProperty(name = "dvp.kafka.partitions", defaultValue = "12") int partitions,
                            @ConfigProperty(name = "dvp.kafka.replication-factor", defaultValue = "1") short replicationFactor,
                            @ConfigProperty(name = "dvp.kafka.dead-letter-service") Optional<String> deadLetterService) {
        this.bootstrap = bootstrap;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.deadLetterService = deadLetterService;
    }

    void provision(@Observes StartupEvent startup) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (NewTopic topic : wanted()) {
                if (!existing.contains(topic.name())) {
                    missing.add(topic);
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).values().forEach((name, created) -> {
                    try {
                        created.get(30, TimeUnit.SECONDS);
                        Log.infof("Created topic %s", name);
                    } catch (Exception e) {
                        // another service created it at the same moment
                        Log.debugf("Topic %s not created here: %s", name, e.getMessage());
                    }
                });
            }
        }
    }

    private List<NewTopic> wanted() {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : List.of(Topics.IDENTITY_VOLUNTEERS, Topics.ORG_ORGANIZATIONS, Topics.ACTIVITY_ACTIVITIES)) {
            topics.add(topic(name, Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")));
        }
        topics.add(topic(Topics.PASSPORT_PASSPORTS,
                Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        deadLetterService.ifPresent(service -> topics.add(topic(Topics.deadLetter(service),
                Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"))));
        return topics;
    }

    private NewTopic topic(String name, Map<String, String> configs) {
        return new NewTopic(name, partitions, replicationFactor).configs(configs);
    }
}

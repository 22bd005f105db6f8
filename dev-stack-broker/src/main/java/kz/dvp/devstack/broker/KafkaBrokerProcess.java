package kz.dvp.devstack.broker;

import java.io.IOException;
import java.io.InputStream;

/**
 * Entry point of the broker's own JVM. Runs {@code kafka.Kafka} and exits (running Kafka's clean shutdown)
 * as soon as its standard input closes, which happens when the parent JVM ends for any reason, even
 * {@code kill -9}: so no broker outlives the tests or the local run that started it.
 */
public final class KafkaBrokerProcess {

    private KafkaBrokerProcess() {
    }

    public static void main(String[] args) throws Exception {
        Thread watchdog = new Thread(KafkaBrokerProcess::exitWhenParentGone, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        // Reflection keeps the broker classes off the compile path of everything that uses dev-stack.
        Class.forName("kafka.Kafka").getMethod("main", String[].class).invoke(null, (Object) args);
    }

    private static void exitWhenParentGone() {
        try (InputStream in = System.in) {
            while (in.read() >= 0) {
                // the parent never writes; any byte is ignored
            }
        } catch (IOException ignored) {
            // a broken pipe means the parent is gone, same as end of stream
        }
        System.exit(0);
    }
}

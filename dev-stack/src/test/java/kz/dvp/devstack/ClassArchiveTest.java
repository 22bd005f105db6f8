package kz.dvp.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A service's trained class-data archive is used only while it is newer than the packaged jar. */
class ClassArchiveTest {

    @TempDir
    Path app;

    @Test
    void anArchiveMadeBeforeTheLatestPackagingIsNotUsed() throws Exception {
        Path jar = Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        Path archive = app.resolve(ServiceProcess.TRAINED_ARCHIVE);
        assertThat(ServiceProcess.upToDate(archive, jar)).as("none yet").isFalse();

        Files.writeString(archive, "archive");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-11-27T06:00:00Z")));
        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2026-11-27T06:05:00Z")));
        assertThat(ServiceProcess.upToDate(archive, jar)).as("made after packaging").isTrue();

        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-11-27T06:10:00Z")));
        assertThat(ServiceProcess.upToDate(archive, jar)).as("packaged again since").isFalse();
    }

    @Test
    void aServiceTrainsItsArchiveUntilOneIsUpToDate() throws Exception {
        Path jar = Files.createDirectories(app.resolve("passport-service/target/quarkus-app")).resolve("quarkus-run.jar");
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-11-27T06:00:00Z")));
        assertThat(ServiceProcess.willTrain(app, "passport-service")).as("no archive yet").isTrue();

        Path archive = Files.writeString(jar.resolveSibling(ServiceProcess.TRAINED_ARCHIVE), "archive");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2026-11-27T06:05:00Z")));
        assertThat(ServiceProcess.willTrain(app, "passport-service")).as("written after packaging").isFalse();
    }
}

package dev.switchboard.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README documents ./run-local's options; these are the defaults and overrides it promises. */
class LocalSettingsTest {

    @Test
    void withoutOptionsItUsesTheDocumentedPortsAndDataDirectory() {
        // Given / When no options
        LocalSettings settings = LocalSettings.fromArgs(new String[0]);

        // Then the README's ports and ./data
        assertThat(settings.port(Service.INGEST)).isEqualTo(8081);
        assertThat(settings.port(Service.CONVERSATION)).isEqualTo(8082);
        assertThat(settings.port(Service.ROUTING)).isEqualTo(8083);
        assertThat(settings.port(Service.NOTIFY)).isEqualTo(8084);
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.mongoPort()).isEqualTo(27017);
        assertThat(settings.dataDir()).isEqualTo(Path.of("data").toAbsolutePath().normalize());
        assertThat(settings.jvmOptions()).isEqualTo(LocalSettings.DEFAULT_JVM_OPTIONS);
    }

    @Test
    void everyPortTheDataDirectoryAndTheServiceJvmOptionsCanBeOverridden() {
        // Given / When
        LocalSettings settings = LocalSettings.fromArgs(new String[] {"--ingest.port=18081", "--notify.port=18084",
            "--kafka.port=19092", "--data-dir=elsewhere", "--service.jvm-options=-Xmx256m -XX:+UseG1GC"});

        // Then
        assertThat(settings.port(Service.INGEST)).isEqualTo(18081);
        assertThat(settings.port(Service.NOTIFY)).isEqualTo(18084);
        assertThat(settings.port(Service.CONVERSATION)).isEqualTo(8082);
        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.dataDir().getFileName()).hasToString("elsewhere");
        assertThat(settings.jvmOptions()).containsExactly("-Xmx256m", "-XX:+UseG1GC");
    }

    @Test
    void anOptionWithoutAValueIsRefusedByName() {
        assertThatThrownBy(() -> LocalSettings.fromArgs(new String[] {"--ingest.port"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--ingest.port");
    }
}

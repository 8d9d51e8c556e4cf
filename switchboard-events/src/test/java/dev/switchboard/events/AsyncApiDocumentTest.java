package dev.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docs/asyncapi.yaml describes every topic in the catalogue, with its key, and every event type. */
class AsyncApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyCatalogueTopicIsAChannelWithItsAddressAndKey() throws IOException {
        Map<String, Object> doc = load();
        Map<String, Map<String, Object>> channels = (Map<String, Map<String, Object>>) doc.get("channels");

        assertThat(doc.get("asyncapi").toString()).startsWith("3.");
        for (Topic topic : Topic.values()) {
            assertThat(channels.values()).as("channel for %s", topic.topicName())
                    .anySatisfy(channel -> {
                        assertThat(channel.get("address")).isEqualTo(topic.topicName());
                        Map<String, Object> bindings = (Map<String, Object>) channel.get("bindings");
                        Map<String, Object> kafka = (Map<String, Object>) bindings.get("kafka");
                        assertThat(kafka.get("partitions")).isEqualTo(topic.partitions());
                    });
        }
    }

    @Test
    void everyEventTypeIsDocumented() throws IOException {
        String text = Files.readString(document());

        assertThat(EventTypes.all().values()).allSatisfy(type -> assertThat(text).contains(type));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyEventSchemaHasExactlyTheRecordsFieldsAndRequiresTheNonNullableOnes() throws IOException {
        Map<String, Object> components = (Map<String, Object>) load().get("components");
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) components.get("schemas");

        for (Class<? extends SwitchboardEvent> event : EventTypes.all().keySet()) {
            Map<String, Object> schema = schemas.get(event.getSimpleName());
            assertThat(schema).as("schema %s", event.getSimpleName()).isNotNull();
            var fields = java.util.Arrays.stream(event.getRecordComponents()).toList();
            assertThat(((Map<String, Object>) schema.get("properties")).keySet()).as(event.getSimpleName())
                    .containsExactlyElementsOf(fields.stream().map(java.lang.reflect.RecordComponent::getName)
                            .toList());
            assertThat((java.util.List<String>) schema.get("required")).as(event.getSimpleName())
                    .containsExactlyElementsOf(fields.stream()
                            .filter(c -> !c.getAnnotatedType().isAnnotationPresent(
                                    org.jspecify.annotations.Nullable.class))
                            .map(java.lang.reflect.RecordComponent::getName).toList());
        }
    }

    private static Map<String, Object> load() throws IOException {
        try (Reader reader = Files.newBufferedReader(document())) {
            return new Yaml().load(reader);
        }
    }

    private static Path document() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/asyncapi.yaml");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/asyncapi.yaml not found above " + here);
    }
}

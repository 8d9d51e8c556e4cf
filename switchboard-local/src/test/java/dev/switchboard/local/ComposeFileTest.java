package dev.switchboard.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.Topic;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml cannot be started here, so it is held to the code by reading it: services, topics, settings. */
class ComposeFileTest {

    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> APP_SERVICES = List.of("ingest-web", "ingest-sms", "conversation", "routing",
            "notify");

    @Test
    @SuppressWarnings("unchecked")
    void runsOfficialKafkaInKraftModeAndMongo8AsAReplicaSet() throws IOException {
        Map<String, Object> kafka = service("kafka");
        Map<String, Object> mongo = service("mongo");

        assertThat(kafka.get("image").toString()).startsWith("apache/kafka:");
        assertThat(map(kafka, "environment")).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
        assertThat(mongo.get("image")).isEqualTo("mongo:8");
        assertThat((List<Object>) mongo.get("command")).contains("--replSet");
        assertThat(map(service("conversation"), "environment").get("SPRING_MONGODB_URI").toString())
                .contains("replicaSet=rs0");
    }

    @Test
    @SuppressWarnings("unchecked")
    void createsEveryCatalogueTopicWithItsPartitionCount() throws IOException {
        String script = String.join("\n", (List<String>) service("kafka-init").get("command"));
        Matcher list = Pattern.compile("for topic in ([^;]+);").matcher(script);
        assertThat(list.find()).as("kafka-init loops over the topics").isTrue();
        Matcher pairs = Pattern.compile("([a-z-]+):(\\d+)").matcher(list.group(1));
        Map<String, Integer> declared = new java.util.HashMap<>();
        while (pairs.find()) {
            declared.put(pairs.group(1), Integer.parseInt(pairs.group(2)));
        }

        assertThat(declared).containsExactlyInAnyOrderEntriesOf(Arrays.stream(Topic.values())
                .collect(java.util.stream.Collectors.toMap(Topic::topicName, Topic::partitions)));
    }

    @Test
    void everyServiceIsBuiltFromAModuleIsHealthCheckedLimitedAndWaitsForKafka() throws IOException {
        for (String name : APP_SERVICES) {
            Map<String, Object> service = service(name);
            String module = map(map(service, "build"), "args").get("SERVICE").toString();

            assertThat(HOME.resolve(module).resolve("pom.xml")).as(name).exists();
            assertThat(map(service, "healthcheck").get("test").toString()).as(name).contains("/actuator/health");
            assertThat(map(map(map(service, "deploy"), "resources"), "limits")).as(name).containsKey("memory");
            assertThat(map(map(service, "depends_on"), "kafka")).as(name)
                    .containsEntry("condition", "service_healthy");
            assertThat(map(service, "environment")).as(name)
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
        }
        assertThat(map(map(service("conversation"), "depends_on"), "mongo"))
                .containsEntry("condition", "service_healthy");
    }

    @Test
    void ingestIsTwoDeploymentsSoAChannelGroupScalesAlone() throws IOException {
        Map<String, Object> web = map(service("ingest-web"), "environment");
        Map<String, Object> sms = map(service("ingest-sms"), "environment");

        assertThat(web.get("SWITCHBOARD_INGEST_CHANNELS").toString()).contains("webchat");
        assertThat(sms.get("SWITCHBOARD_INGEST_CHANNELS").toString()).contains("sms");
        assertThat((List<?>) service("ingest-sms").get("ports")).allSatisfy(p -> assertThat(p.toString()).contains("-"));
    }

    @Test
    void everySecretVariableIsOneTheServiceReadsAndHasNoDefault() throws IOException {
        for (String name : APP_SERVICES) {
            Map<String, Object> service = service(name);
            String module = map(map(service, "build"), "args").get("SERVICE").toString();
            String config = Files.readString(HOME.resolve(module).resolve("src/main/resources/application.yml"));
            map(service, "environment").forEach((variable, value) -> {
                if (variable.endsWith("_SECRET")) {
                    assertThat(config).as("%s reads %s", module, variable).contains("${" + variable);
                    assertThat(value.toString()).as(variable).contains(":?");
                }
            });
        }
    }

    @Test
    void theDockerfileBuildsTheNamedServicesExecutableJar() throws IOException {
        String dockerfile = Files.readString(HOME.resolve("Dockerfile"));

        assertThat(dockerfile).contains("ARG SERVICE").contains("${SERVICE}-*-exec.jar");
    }

    private static Map<String, Object> service(String name) throws IOException {
        try (Reader reader = Files.newBufferedReader(HOME.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            Map<String, Object> service = map(map(compose, "services"), name);
            assertThat(service).as("service %s", name).isNotNull();
            return service;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }
}

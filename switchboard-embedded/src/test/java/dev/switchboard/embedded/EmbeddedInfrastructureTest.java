package dev.switchboard.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded broker and store behave like the real ones in the ways Switchboard relies on. */
class EmbeddedInfrastructureTest {

    @TempDir
    Path dataDir;

    @Test
    void committedTransactionsAreReadAndAbortedOnesAreNotAndTheLogSurvivesARestart() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, 0)) {
            try (var producer = transactionalProducer(kafka)) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("inbound-webchat", "thread-1", "kept")).get();
                producer.commitTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("inbound-webchat", "thread-1", "rolled back")).get();
                producer.abortTransaction();
            }
            assertThat(readCommitted(kafka)).containsExactly("kept");
        }

        try (EmbeddedKafka restarted = EmbeddedKafka.start(dataDir, 0)) {
            assertThat(readCommitted(restarted)).containsExactly("kept");
        }
    }

    @Test
    void theOfficialDriverGetsAtomicSingleDocumentUpdatesAndUniqueIndexes() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(null, 0);
                MongoClient client = MongoClients.create(mongo.uri())) {
            MongoCollection<Document> agents = client.getDatabase("switchboard").getCollection("agents");
            agents.createIndex(Indexes.ascending("login"), new IndexOptions().unique(true));
            agents.insertOne(new Document("_id", "alice").append("login", "alice").append("load", 0));

            Document after = agents.findOneAndUpdate(Filters.and(Filters.eq("_id", "alice"), Filters.lt("load", 6)),
                    Updates.inc("load", 1), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));

            assertThat(after).isNotNull();
            assertThat(after.getInteger("load")).isEqualTo(1);
            assertThatThrownBy(() -> agents.insertOne(new Document("_id", "other").append("login", "alice")))
                    .isInstanceOf(MongoWriteException.class);
        }
    }

    @Test
    void theH2BackendKeepsDocumentsAcrossRestarts() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir.resolve("mongo"), 0);
                MongoClient client = MongoClients.create(mongo.uri())) {
            client.getDatabase("switchboard").getCollection("c").insertOne(new Document("_id", "kept"));
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir.resolve("mongo"), 0);
                MongoClient client = MongoClients.create(mongo.uri())) {
            assertThat(client.getDatabase("switchboard").getCollection("c").countDocuments()).isEqualTo(1);
        }
    }

    private static KafkaProducer<String, String> transactionalProducer(EmbeddedKafka kafka) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-" + UUID.randomUUID()),
                new StringSerializer(), new StringSerializer());
    }

    private static List<String> readCommitted(EmbeddedKafka kafka) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("inbound-webchat"));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach((ConsumerRecord<String, String> r) -> values.add(r.value()));
            }
            // one more poll so an aborted record, if it leaked, would be seen too
            consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
        }
        return values;
    }
}

package dev.switchboard.ingest.meta;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What checking {@code X-Hub-Signature-256} costs on every Messenger, Instagram and WhatsApp webhook: HMAC-SHA256
 * over the raw body, for a typical 2 KiB delivery and a 100 KiB batch. In the signature's package, where it is
 * reachable without widening ingest-service's API.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class MetaSignatureBenchmark {

    private static final String APP_SECRET = "4c1e9d2a7b6f40e8a3d5c7b9e1f2a4c6";
    private static final String HEAD = "{\"object\":\"page\",\"entry\":[";
    private static final String TAIL = "]}";

    @Param({"2048", "102400"})
    public int bodyBytes;

    private byte[] body = new byte[0];
    private String header = "";

    @Setup
    public void webhook() {
        body = messagingBatch(bodyBytes).getBytes(UTF_8);
        header = MetaSignature.compute(APP_SECRET, body);
        if (body.length != bodyBytes || !verify()) {
            throw new IllegalStateException("the benchmark must measure a matching signature over " + bodyBytes);
        }
    }

    @Benchmark
    public boolean verify() {
        return MetaSignature.matches(APP_SECRET, body, header);
    }

    /** Messenger entries until the body is {@code size} bytes, the last message's text padded to fit exactly. */
    private static String messagingBatch(int size) {
        StringBuilder json = new StringBuilder(HEAD);
        int n = 0;
        while (json.length() + entry(n + 1, "").length() * 2 + TAIL.length() < size) {
            json.append(entry(n, "Hello, order " + (48_000 + n) + " arrived damaged, what can I do?")).append(',');
            n++;
        }
        int room = size - json.length() - TAIL.length() - entry(n, "").length();
        return json.append(entry(n, "x".repeat(Math.max(0, room)))).append(TAIL).toString();
    }

    private static String entry(int n, String text) {
        long time = 1_763_892_000_000L + n;
        return "{\"id\":\"106123456789012\",\"time\":" + time + ",\"messaging\":[{\"sender\":{\"id\":\"69"
                + (1_000_000_000_000L + n) + "\"},\"recipient\":{\"id\":\"106123456789012\"},\"timestamp\":" + time
                + ",\"message\":{\"mid\":\"m_AbCdEf" + (10_000_000 + n) + "\",\"text\":\"" + text + "\"}}]}";
    }
}

package dev.switchboard.ingest.twilio;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What checking {@code X-Twilio-Signature} costs on every inbound SMS: HMAC-SHA1 over the URL and the sorted
 * parameters of a real 15-parameter Twilio form, once per URL variant (with and without the default port), as the
 * webhook does. In the signature's package, where it is reachable without widening ingest-service's API.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class TwilioSignatureBenchmark {

    private static final String AUTH_TOKEN = "9f0c2c8e4b7a41d3a6e5f1b2c3d4e5f6";
    private static final String URL = "https://switchboard.example.com/webhooks/twilio/acme-sms";

    private byte[] body = new byte[0];
    private TwilioForm form = new TwilioForm(List.of());
    private String signature = "";

    @Setup
    public void webhook() {
        body = formBody().getBytes(UTF_8);
        form = TwilioForm.parse(body);
        signature = TwilioSignature.compute(AUTH_TOKEN, URL, form);
        if (!verify() || !parseAndVerify()) {
            throw new IllegalStateException("the benchmark must measure a signature that matches");
        }
    }

    /** The check alone, over a form already decoded. */
    @Benchmark
    public boolean verify() {
        return TwilioSignature.matches(AUTH_TOKEN, URL, form, signature);
    }

    /** What the webhook does with the raw body: decode the form, then check. */
    @Benchmark
    public boolean parseAndVerify() {
        return TwilioSignature.matches(AUTH_TOKEN, URL, TwilioForm.parse(body), signature);
    }

    private static String formBody() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ToCountry", "GB");
        form.put("ToState", "");
        form.put("SmsMessageSid", "SM5f2b4c0e8d9a41b7a3c6e2d1f0b9a8c7");
        form.put("NumMedia", "0");
        form.put("ToCity", "");
        form.put("FromZip", "");
        form.put("SmsSid", "SM5f2b4c0e8d9a41b7a3c6e2d1f0b9a8c7");
        form.put("FromState", "");
        form.put("SmsStatus", "received");
        form.put("Body", "Hi, my parcel 4471-22 was due yesterday and the tracking page still says 'in transit'. "
                + "Can someone check where it is?");
        form.put("FromCountry", "GB");
        form.put("To", "+447700900123");
        form.put("MessageSid", "SM5f2b4c0e8d9a41b7a3c6e2d1f0b9a8c7");
        form.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
        form.put("From", "+447700900456");
        return form.entrySet().stream()
                .map(p -> URLEncoder.encode(p.getKey(), UTF_8) + "=" + URLEncoder.encode(p.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }
}

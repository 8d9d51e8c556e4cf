package dev.switchboard.ingest.meta;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.switchboard.events.Channel;
import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.inbox.MetaAccount;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/** The real-shaped Meta payloads in {@code src/test/resources/meta/}, their ids, and the demo inboxes they are for. */
final class MetaSamples {

    static final String APP_SECRET = "local-only-meta-app-secret-demo";
    static final String VERIFY_TOKEN = "local-only-meta-verify-token-demo";
    static final String PAGE_ID = "100000000000001";
    static final String INSTAGRAM_ACCOUNT_ID = "17841400000000001";
    static final String WABA_ID = "102000000000001";
    static final String PHONE_NUMBER_ID = "106540352242922";

    /** messenger-batch.json: two customers' messages and the echo of our reply. */
    static final String PSID_1 = "7001000000000001";
    static final String PSID_2 = "7001000000000002";
    static final String MID_TEXT = "m_kEbqFq7VfxEiV5Xm0nZ1Yv3aQ4rS6tU8wX0yZ2bC4d"
            + "E6fG8hJ0kL2mN4pQ6rS8tU0vW2xY4zA6bC8dE0fG2hJ4k";
    static final String MID_IMAGE = "m_Qp2Lr9Ws4Tx6Yz8Ab0Cd2Ef4Gh6Ij8Kl0Mn2Op4Qr6S"
            + "t8Uv0Wx2Yz4Ab6Cd8Ef0Gh2Ij4Kl6Mn8Op0Qr2St4Uv6W";
    static final String MID_ECHO = "m_Zy9Xw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0Fe9Dc8Ba7Zy6X"
            + "w5Vu4Ts3Rq2Po1Nm0Lk9Ji8Hg7Fe6Dc5Ba4Zy3Xw2Vu1T";
    /** messenger-receipts.json: the second delivered mid (the first is MID_ECHO, our reply). */
    static final String MID_DELIVERED = "m_Lm3Kn4Jo5Ip6Hq7Gr8Fs9Et0Du1Cv2Bw3Ax4Zy5Yx6X"
            + "w7Wv8Vu9Ut0Ts1Sr2Rq3Qp4Po5On6Nm7Ml8Lk9Kj0Ji1I";
    /** instagram-dm.json */
    static final String IGSID = "1784512345678901";
    static final String IG_MID = "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAxOjM0"
            + "MDI4MjM2Njg0MTcxMDMwMTI0NDI3NjAxMjM0NTY3ODkwMTIzNDU2Nzg5MAZDZD";
    /** whatsapp-*.json */
    static final String WA_ID = "16505551234";
    static final String WAMID_TEXT = "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=";
    static final String WAMID_IMAGE = "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQ1QjhDQjYyQTM4RkE5QzkxRDU3MwA=";
    static final String WAMID_FAILED = "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI4QzRBRjU3RDc0RkI3NUM2NjgA";

    private MetaSamples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = MetaSamples.class.getResourceAsStream("/meta/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), UTF_8);
    }

    /** The sample with ids replaced, given in pairs: an id the sample carries, then its replacement. */
    static String text(String name, String... idsAndReplacements) {
        String text = text(name);
        for (int i = 0; i < idsAndReplacements.length; i += 2) {
            text = text.replace(idsAndReplacements[i], idsAndReplacements[i + 1]);
        }
        return text;
    }

    static MetaNotification parse(String name) {
        return MetaNotification.parse(bytes(name));
    }

    static Inbox messengerInbox() {
        return new Inbox("demo-messenger", "demo", Channel.MESSENGER, null, null,
                new MetaAccount(PAGE_ID, null, APP_SECRET, VERIFY_TOKEN), null);
    }

    static Inbox instagramInbox() {
        return new Inbox("demo-instagram", "demo", Channel.INSTAGRAM, null, null,
                new MetaAccount(INSTAGRAM_ACCOUNT_ID, null, APP_SECRET, VERIFY_TOKEN), null);
    }

    static Inbox whatsappInbox() {
        return new Inbox("demo-whatsapp-cloud", "demo", Channel.WHATSAPP, null, null,
                new MetaAccount(WABA_ID, PHONE_NUMBER_ID, APP_SECRET, VERIFY_TOKEN), null);
    }
}

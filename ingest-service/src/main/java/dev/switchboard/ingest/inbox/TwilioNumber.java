package dev.switchboard.ingest.inbox;

/**
 * The Twilio side of an SMS or WhatsApp inbox: the address Twilio delivers to ({@code To}) and the auth token that
 * signs Twilio's webhooks. The token is a secret, so it never appears in {@link #toString()}.
 *
 * @param number the receiving address exactly as Twilio sends it in {@code To}, e.g. {@code +15005550006} or
 *     {@code whatsapp:+14155238886}
 * @param authToken the account's primary auth token, from the environment
 */
public record TwilioNumber(String number, String authToken) {

    public TwilioNumber {
        if (number.isBlank() || authToken.isBlank()) {
            throw new IllegalArgumentException("a Twilio inbox needs both a number and an auth token");
        }
    }

    @Override
    public String toString() {
        return "TwilioNumber[number=" + number + ", authToken=<redacted>]";
    }
}

package dev.switchboard.ingest.inbox;

/**
 * The Meta side of a Messenger, Instagram or WhatsApp Cloud API inbox: which Meta asset feeds it and the secrets that
 * prove a webhook came from Meta. Secrets never appear in {@link #toString()}.
 *
 * @param assetId the id Meta puts in {@code entry[].id}: the Facebook page id (Messenger), the Instagram professional
 *     account id (Instagram), or the WhatsApp Business Account id (WhatsApp Cloud API)
 * @param phoneNumberId WhatsApp Cloud API only: the business phone number id ({@code metadata.phone_number_id}) that
 *     receives for this inbox; {@code null} on Messenger and Instagram
 * @param appSecret the Meta app's secret, which signs every POST ({@code X-Hub-Signature-256}), from the environment
 * @param verifyToken the token we chose and entered in the app dashboard, echoed in the subscription handshake
 */
public record MetaAccount(String assetId, @org.jspecify.annotations.Nullable String phoneNumberId, String appSecret,
        String verifyToken) {

    public MetaAccount {
        if (assetId.isBlank() || appSecret.isBlank() || verifyToken.isBlank()) {
            throw new IllegalArgumentException("a Meta inbox needs an asset id, the app secret and a verify token");
        }
    }

    @Override
    public String toString() {
        return "MetaAccount[assetId=" + assetId + ", phoneNumberId=" + phoneNumberId
                + ", appSecret=<redacted>, verifyToken=<redacted>]";
    }
}

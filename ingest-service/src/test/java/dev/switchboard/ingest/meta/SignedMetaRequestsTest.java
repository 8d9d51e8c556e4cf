package dev.switchboard.ingest.meta;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.inbox.MetaAccount;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

/** The order and bounds of the checks before a Meta body is trusted: type, signature header, size, signature. */
class SignedMetaRequestsTest {

    private static final int LIMIT = 1024;
    private static final Inbox INBOX = MetaSamples.messengerInbox();
    private static final MetaAccount META = Objects.requireNonNull(INBOX.meta());

    private final SignedMetaRequests requests = new SignedMetaRequests(new MetaProperties(DataSize.ofBytes(LIMIT)));

    @Test
    void correctlySignedJsonIsReturnedAsTheExactBytes() throws Exception {
        // Given a body of exactly the limit, signed, with a charset parameter on its content type
        byte[] body = filled(LIMIT);
        MockHttpServletRequest request = post(body, "application/json; charset=UTF-8",
                MetaSignature.compute(META.appSecret(), body));

        // When / Then
        assertThat(requests.verify(INBOX, META, request)).isEqualTo(body);
    }

    @Test
    void declaredOversizeIsRefusedWithoutReadingTheBody() {
        // Given a request declaring more than the limit, whose body must not be touched
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/webhooks/meta/demo-messenger") {
            @Override
            public ServletInputStream getInputStream() {
                throw new AssertionError("the body was read");
            }

            @Override
            public long getContentLengthLong() {
                return LIMIT + 1;
            }
        };
        request.setContentType("application/json");
        request.addHeader(SignedMetaRequests.SIGNATURE_HEADER, "sha256=00");

        // When / Then
        assertProblem(() -> requests.verify(INBOX, META, request), 413, String.valueOf(LIMIT));
    }

    @Test
    void undeclaredOversizeIsReadOnlyOneBytePastTheLimit() {
        // Given a chunked request (no length) far over the limit
        ByteArrayInputStream stream = new ByteArrayInputStream(filled(LIMIT * 10));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/webhooks/meta/demo-messenger") {
            @Override
            public ServletInputStream getInputStream() {
                return new DelegatingServletInputStream(stream);
            }
        };
        request.setContentType("application/json");
        request.addHeader(SignedMetaRequests.SIGNATURE_HEADER, "sha256=00");

        // When / Then it is refused having read limit + 1 bytes, not the rest
        assertProblem(() -> requests.verify(INBOX, META, request), 413, "exceeds");
        assertThat(stream.available()).isEqualTo(LIMIT * 10 - (LIMIT + 1));
    }

    @Test
    void contentTypeIsCheckedFirstThenTheHeaderThenTheSignature() {
        // Given a body and its genuine signature
        byte[] body = "{\"object\":\"page\",\"entry\":[]}".getBytes(UTF_8);
        String signature = MetaSignature.compute(META.appSecret(), body);

        // When / Then
        assertProblem(() -> requests.verify(INBOX, META, post(body, "application/x-www-form-urlencoded", signature)),
                415, "application/json");
        assertProblem(() -> requests.verify(INBOX, META, post(body, "not a type", signature)), 415, "Content-Type");
        assertProblem(() -> requests.verify(INBOX, META, post(body, null, signature)), 415, "Content-Type");
        assertProblem(() -> requests.verify(INBOX, META, post(body, "application/json", null)), 401, "missing");
        assertProblem(() -> requests.verify(INBOX, META, post(body, "application/json",
                MetaSignature.compute("another secret", body))), 401, "does not match");
    }

    private static MockHttpServletRequest post(byte[] body, String contentType, String signature) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/webhooks/meta/demo-messenger");
        request.setContent(body);
        if (contentType != null) {
            request.setContentType(contentType);
        }
        if (signature != null) {
            request.addHeader(SignedMetaRequests.SIGNATURE_HEADER, signature);
        }
        return request;
    }

    private static byte[] filled(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        return bytes;
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status,
            String mentions) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ErrorResponseException.class, e -> {
            assertThat(e.getStatusCode().value()).isEqualTo(status);
            assertThat(e.getBody().getDetail()).contains(mentions);
        });
    }
}

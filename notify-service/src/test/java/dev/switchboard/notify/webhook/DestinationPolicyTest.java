package dev.switchboard.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SSRF: which URLs may receive webhooks, with and without an allow-list. Literal addresses: no DNS involved. */
class DestinationPolicyTest {

    private final DestinationPolicy production = new DestinationPolicy(List.of());

    @Test
    void refusesLoopbackPrivateLinkLocalAndOtherInternalAddresses() {
        // Given
        List<String> internal = List.of("http://127.0.0.1/hook", "http://127.8.9.10:8080/", "http://[::1]/hook",
                "http://10.1.2.3/", "https://172.16.0.1/", "https://172.31.255.255/", "http://192.168.1.20/",
                "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1/", "http://100.127.255.254/",
                "http://0.0.0.0/", "http://224.0.0.1/", "http://255.255.255.255/", "http://[fc00::1]/",
                "http://[fd12:3456::1]/", "http://[fe80::1]/", "http://[::]/", "http://[ff02::1]/",
                "http://[::ffff:127.0.0.1]/", "http://[::ffff:10.0.0.1]/", "http://[::127.0.0.1]/",
                "http://localhost:8080/");

        // When / Then
        assertThat(internal).allSatisfy(url -> assertThat(production.refusal(url)).as(url).isPresent());
        assertThat(production.refusal("http://169.254.169.254/")).contains("the host resolves to a link-local address");
        assertThat(production.refusal("http://[::1]/")).contains("the host resolves to a loopback address");
        assertThat(production.refusal("http://100.64.0.1/")).contains("the host resolves to a shared (CGNAT) address");
    }

    @Test
    void acceptsPublicAddressesJustOutsideTheBlockedRanges() {
        // Given
        List<String> outside = List.of("https://93.184.216.34/hooks", "http://172.32.0.1/", "http://172.15.255.255/",
                "http://100.128.0.1/", "http://11.0.0.1/", "http://192.169.0.1/", "https://[2606:4700::1111]/x",
                "https://1.1.1.1:8443/webhooks?token=abc");

        // When / Then
        assertThat(outside).allSatisfy(url -> assertThat(production.refusal(url)).as(url).isEmpty());
    }

    @Test
    void refusesWhatIsNotAnHttpUrl() {
        // Given / When / Then
        assertThat(production.refusal("ftp://93.184.216.34/")).contains("only http and https URLs can receive webhooks");
        assertThat(production.refusal("file:///etc/passwd")).isPresent();
        assertThat(production.refusal("gopher://93.184.216.34:70/")).isPresent();
        assertThat(production.refusal("/relative/path")).isPresent();
        assertThat(production.refusal("http:///no-host")).isPresent();
        assertThat(production.refusal("http://exa mple.com/")).contains("not a valid URL");
    }

    @Test
    void anAllowListLetsThroughOnlyWhatItNames() {
        // Given
        DestinationPolicy local = new DestinationPolicy(List.of("127.0.0.0/8", "::1/128"));

        // When / Then
        assertThat(local.refusal("http://127.0.0.1:9999/hook")).isEmpty();
        assertThat(local.refusal("http://[::1]:9999/hook")).isEmpty();
        assertThat(local.refusal("http://localhost:9999/hook")).isEmpty();
        assertThat(local.refusal("http://10.0.0.1/hook")).isPresent();
        assertThat(local.refusal("http://169.254.169.254/")).isPresent();
    }

    @Test
    void anAllowListEntryThatIsNotAnAddressRangeStopsTheService() {
        // Given / When / Then
        assertThatThrownBy(() -> new DestinationPolicy(List.of("example.com/8")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DestinationPolicy(List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

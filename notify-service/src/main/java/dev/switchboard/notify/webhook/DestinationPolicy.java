package dev.switchboard.notify.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps webhooks away from our own networks (SSRF): an endpoint URL must be http(s) and every address its host resolves
 * to must be public, unless an allowed network covers it. Checked when an endpoint is registered and again before every
 * attempt, since a name may resolve elsewhere later (DNS rebinding).
 */
final class DestinationPolicy {

    private static final List<AddressRange> BLOCKED = List.of(
            AddressRange.parse("0.0.0.0/8", "unspecified"),
            AddressRange.parse("10.0.0.0/8", "private"),
            AddressRange.parse("100.64.0.0/10", "shared (CGNAT)"),
            AddressRange.parse("127.0.0.0/8", "loopback"),
            AddressRange.parse("169.254.0.0/16", "link-local"),
            AddressRange.parse("172.16.0.0/12", "private"),
            AddressRange.parse("192.168.0.0/16", "private"),
            AddressRange.parse("224.0.0.0/4", "multicast"),
            AddressRange.parse("240.0.0.0/4", "reserved"),
            AddressRange.parse("::1/128", "loopback"),
            AddressRange.parse("::/96", "unspecified or IPv4-compatible"),
            AddressRange.parse("fc00::/7", "private (unique local)"),
            AddressRange.parse("fe80::/10", "link-local"),
            AddressRange.parse("fec0::/10", "site-local"),
            AddressRange.parse("ff00::/8", "multicast"));

    private final List<AddressRange> allowed;

    /** @param allowedNetworks CIDR blocks let through although blocked (the local profile's loopback, tests) */
    DestinationPolicy(List<String> allowedNetworks) {
        this.allowed = allowedNetworks.stream().map(cidr -> AddressRange.parse(cidr, "allowed")).toList();
    }

    /** Why {@code url} may not receive webhooks, or empty when it may. Resolves the host (a DNS lookup). */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https URLs can receive webhooks");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("the URL has no host");
        }
        return refusalOf(uri.getHost().replaceAll("^\\[|]$", ""));
    }

    private Optional<String> refusalOf(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("the host does not resolve");
        }
        for (InetAddress address : addresses) {
            if (allowed.stream().noneMatch(range -> range.contains(address))) {
                Optional<String> blocked = BLOCKED.stream().filter(range -> range.contains(address)).findFirst()
                        .map(range -> "the host resolves to a " + range.kind() + " address");
                if (blocked.isPresent()) {
                    return blocked;
                }
            }
        }
        return Optional.empty();
    }
}

package dev.switchboard.notify.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A CIDR block ({@code 10.0.0.0/8}, {@code fc00::/7}) and what kind of network it is, for the SSRF checks. */
final class AddressRange {

    private final byte[] network;
    private final int prefix;
    private final String kind;

    private AddressRange(byte[] network, int prefix, String kind) {
        this.network = network;
        this.prefix = prefix;
        this.kind = kind;
    }

    /** Reads {@code address/prefix}; an address literal only, never a name to look up. */
    static AddressRange parse(String cidr, String kind) {
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr : cidr.substring(0, slash);
        if (!address.matches("[0-9a-fA-F.:]+")) {
            throw new IllegalArgumentException("not an address range: " + cidr);
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("prefix out of range: " + cidr);
            }
            return new AddressRange(bytes, prefix, kind);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("not an address range: " + cidr, e);
        }
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return rest == 0 || (bytes[whole] & mask) == (network[whole] & mask);
    }

    String kind() {
        return kind;
    }
}

package org.govdx.common;

import java.util.regex.Pattern;

/** IP address literals and CIDR ranges, checked without ever resolving a host name. */
public final class IpRanges {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private IpRanges() {
    }

    /** True for an IPv4 or IPv6 literal, optionally followed by a valid {@code /prefix}. */
    public static boolean isValid(String range) {
        if (range == null || range.isEmpty()) {
            return false;
        }
        String address = range;
        Integer prefix = null;
        int slash = range.indexOf('/');
        if (slash >= 0) {
            address = range.substring(0, slash);
            String bits = range.substring(slash + 1);
            if (bits.isEmpty() || bits.length() > 3 || !bits.chars().allMatch(Character::isDigit)) {
                return false;
            }
            prefix = Integer.parseInt(bits);
        }
        var v4 = IPV4.matcher(address);
        if (v4.matches()) {
            for (int g = 1; g <= 4; g++) {
                if (Integer.parseInt(v4.group(g)) > 255) {
                    return false;
                }
            }
            return prefix == null || prefix <= 32;
        }
        return IPV6.matcher(address).matches() && address.length() <= 45 && (prefix == null || prefix <= 128)
                && parsesAsLiteral(address);
    }

    private static boolean parsesAsLiteral(String address) {
        try {
            // a literal containing ':' is parsed locally; no name lookup happens
            java.net.InetAddress.getByName(address);
            return true;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /**
     * True when {@code address} (an IP literal, as the servlet container reports the client) lies in
     * {@code range} (an address or CIDR range). Anything that is not a valid literal never matches.
     */
    public static boolean contains(String range, String address) {
        if (!isValid(range) || address == null || !isValid(address)) {
            return false;
        }
        int slash = range.indexOf('/');
        try {
            byte[] net = java.net.InetAddress.getByName(slash < 0 ? range : range.substring(0, slash)).getAddress();
            byte[] ip = java.net.InetAddress.getByName(address).getAddress();
            if (net.length != ip.length) {
                return false;
            }
            int bits = slash < 0 ? net.length * 8 : Integer.parseInt(range.substring(slash + 1));
            for (int i = 0; i < net.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
                if ((net[i] & mask) != (ip[i] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}

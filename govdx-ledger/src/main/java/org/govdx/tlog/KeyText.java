package org.govdx.tlog;

/**
 * The parsed parts of a key text {@code <name>+<hex key ID>+<base64(type || key)>}; the base64 part
 * may itself contain {@code '+'}, so only the first two are separators.
 */
record KeyText(String name, int keyId, SignatureAlgorithm algorithm, byte[] key) {

    /** Splits and decodes a key text; {@code what} names it in errors. */
    static KeyText parse(String text, String what) {
        int first = text.indexOf('+');
        int second = first < 0 ? -1 : text.indexOf('+', first + 1);
        if (second < 0) {
            throw new FormatException(what + " is not of the form <name>+<key ID>+<base64 key>");
        }
        String name = KeyNames.check(text.substring(0, first));
        int keyId = KeyNames.parseHex(text.substring(first + 1, second));
        byte[] typeAndKey = Codec.unbase64(text.substring(second + 1), what);
        SignatureAlgorithm algorithm = SignatureAlgorithm.ofTypedKey(typeAndKey);
        return new KeyText(name, keyId, algorithm, algorithm.untyped(typeAndKey));
    }

    /** Formats {@code <name>+<hex key ID>+<base64(type || key)>}. */
    static String format(String name, int keyId, SignatureAlgorithm algorithm, byte[] key) {
        return name + "+" + KeyNames.hex(keyId) + "+" + Codec.base64(algorithm.typed(key));
    }
}

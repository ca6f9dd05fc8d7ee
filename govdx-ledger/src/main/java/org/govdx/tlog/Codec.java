package org.govdx.tlog;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/** Strict text encodings shared by the note, key and proof formats. */
final class Codec {

    private static final HexFormat HEX = HexFormat.of();

    private Codec() {
    }

    /** Encodes bytes as lowercase hex. */
    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** Decodes hex (either case), naming {@code what} in the error. */
    static byte[] unhex(String text, String what) {
        try {
            return HEX.parseHex(text);
        } catch (IllegalArgumentException e) {
            throw new FormatException(what + " is not valid hex: " + abbreviate(text));
        }
    }

    /** Encodes bytes as standard, padded base64 (RFC 4648 section 4). */
    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * Decodes standard, padded base64 and rejects every other spelling of the same bytes (missing
     * padding, non-zero unused bits), so that one value has exactly one text form.
     */
    static byte[] unbase64(String text, String what) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new FormatException(what + " is not valid base64: " + abbreviate(text));
        }
        if (!base64(bytes).equals(text)) {
            throw new FormatException(what + " is not canonical padded base64: " + abbreviate(text));
        }
        return bytes;
    }

    /** Decodes UTF-8, rejecting malformed input instead of substituting characters. */
    static String utf8(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new FormatException(what + " is not valid UTF-8");
        }
    }

    /** Encodes a string as UTF-8, rejecting unpaired surrogates, which have no UTF-8 form. */
    static byte[] utf8Bytes(String text, String what) {
        try {
            ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new FormatException(what + " is not valid Unicode text");
        }
    }

    /** Shortens untrusted text for error messages. */
    static String abbreviate(String text) {
        return text.length() <= 40 ? "'" + text + "'" : "'" + text.substring(0, 37) + "...'";
    }
}

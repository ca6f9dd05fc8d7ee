package org.govdx.tlog;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Hex helpers for test vectors. */
final class TestHex {

    private TestHex() {
    }

    static byte[] h(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static List<byte[]> hashes(String... hex) {
        return Arrays.stream(hex).map(TestHex::h).toList();
    }
}

package org.govdx.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sm4GcmTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] KEY = HEX.parseHex("0123456789abcdeffedcba9876543210");

    @Test
    void standardBlockTestVector() {
        // GB/T 32907-2016 Appendix A, example 1: key = plaintext = 0123456789abcdeffedcba9876543210
        byte[] out = Sm4Gcm.encryptBlock(KEY, KEY);
        assertThat(HEX.formatHex(out)).isEqualTo("681edf34d206965e86b3e94f536e4246");
    }

    @Test
    void standardMillionRoundTestVector() {
        // GB/T 32907-2016 Appendix A, example 2: the same block encrypted 1,000,000 times
        byte[] block = KEY.clone();
        for (int i = 0; i < 1_000_000; i++) {
            block = Sm4Gcm.encryptBlock(KEY, block);
        }
        assertThat(HEX.formatHex(block)).isEqualTo("595298c7c6fd271f0402f804c33d3f66");
    }

    @Test
    void gcmKnownAnswer() {
        // RFC 8998 Appendix A.1 (SM4-GCM)
        byte[] key = HEX.parseHex("0123456789ABCDEFFEDCBA9876543210");
        byte[] iv = HEX.parseHex("00001234567800000000ABCD");
        byte[] aad = HEX.parseHex("FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2");
        byte[] plain = HEX.parseHex("AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDD"
                + "EEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA");
        byte[] out = Sm4Gcm.encrypt(key, iv, plain, aad);
        assertThat(HEX.formatHex(out).toUpperCase()).isEqualTo(
                "17F399F08C67D5EE19D0DC9969C4BB7D5FD46FD3756489069157B282BB200735"
                        + "D82710CA5C22F0CCFA7CBF93D496AC15A56834CBCF98C397B4024A2691233B8D"
                        + "83DE3541E4C2B58177E065A9BF7B62EC");
        assertThat(Sm4Gcm.decrypt(key, iv, out, aad)).isEqualTo(plain);
    }

    @Test
    void sealedSecretsRoundTripWithAFreshNoncePerValue() {
        SecretCipher cipher = new SecretCipher(KEY);
        String a = cipher.encrypt("口令 Pa55w0rd!", "datasource:1:password");
        String b = cipher.encrypt("口令 Pa55w0rd!", "datasource:1:password");
        assertThat(a).startsWith("v1:").isNotEqualTo(b).doesNotContain("Pa55w0rd");
        assertThat(cipher.decrypt(a, "datasource:1:password")).isEqualTo("口令 Pa55w0rd!");
        assertThat(cipher.decrypt(b, "datasource:1:password")).isEqualTo("口令 Pa55w0rd!");
        byte[] raw = Base64.getDecoder().decode(a.substring(3));
        assertThat(raw).hasSize(12 + "口令 Pa55w0rd!".getBytes(StandardCharsets.UTF_8).length + 16);
        assertThat(cipher.encrypt(null, "x")).isNull();
        assertThat(cipher.decrypt(null, "x")).isNull();
        assertThat(cipher.decrypt(cipher.encrypt("", "x"), "x")).isEmpty();
    }

    @Test
    void everyAlterationIsDetected() {
        SecretCipher cipher = new SecretCipher(KEY);
        String sealed = cipher.encrypt("secret", "datasource:1:password");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        for (int i = 0; i < raw.length; i++) {
            byte[] copy = raw.clone();
            copy[i] ^= 0x01;
            String tampered = "v1:" + Base64.getEncoder().encodeToString(copy);
            assertThatThrownBy(() -> cipher.decrypt(tampered, "datasource:1:password"))
                    .as("bit flip at byte %d", i).isInstanceOf(Sm4Gcm.TamperedException.class);
        }
        byte[] truncated = java.util.Arrays.copyOf(raw, raw.length - 1);
        assertThatThrownBy(() -> cipher.decrypt("v1:" + Base64.getEncoder().encodeToString(truncated),
                "datasource:1:password")).isInstanceOf(Sm4Gcm.TamperedException.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:AAAA", "datasource:1:password"))
                .isInstanceOf(Sm4Gcm.TamperedException.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:***", "datasource:1:password"))
                .isInstanceOf(Sm4Gcm.TamperedException.class);
        assertThatThrownBy(() -> cipher.decrypt(sealed, "datasource:2:password"))
                .as("moved to another row").isInstanceOf(Sm4Gcm.TamperedException.class);
        SecretCipher other = new SecretCipher(HEX.parseHex("00112233445566778899aabbccddeeff"));
        assertThatThrownBy(() -> other.decrypt(sealed, "datasource:1:password"))
                .as("another key").isInstanceOf(Sm4Gcm.TamperedException.class);
        assertThatThrownBy(() -> cipher.decrypt("v9:" + sealed.substring(3), "datasource:1:password"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void derivedKeysAreStablePerLabelAndDistinct() {
        SecretCipher cipher = new SecretCipher(KEY);
        assertThat(cipher.derive("preview:1")).hasSize(32).isEqualTo(cipher.derive("preview:1"))
                .isNotEqualTo(cipher.derive("preview:2"));
        assertThat(new SecretCipher(HEX.parseHex("00112233445566778899aabbccddeeff")).derive("preview:1"))
                .isNotEqualTo(cipher.derive("preview:1"));
    }

    @Test
    void configuredKeysInHexOrBase64() {
        assertThat(MasterKeys.parse("0123456789abcdeffedcba9876543210")).isEqualTo(KEY);
        assertThat(MasterKeys.parse(Base64.getEncoder().encodeToString(KEY))).isEqualTo(KEY);
        assertThatThrownBy(() -> MasterKeys.parse("0123")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MasterKeys.parse("not a key!")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretCipher(new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyFileIsGeneratedOnceWithOwnerOnlyPermissions(@TempDir Path dataDir) throws Exception {
        byte[] first = MasterKeys.load(null, dataDir);
        Path file = dataDir.resolve("keys/secret.key");
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(first).hasSize(16);
        assertThat(MasterKeys.load("", dataDir)).as("read back, not regenerated").isEqualTo(first);
        assertThat(MasterKeys.load("0123456789abcdeffedcba9876543210", dataDir)).as("configuration wins")
                .isEqualTo(KEY);
    }
}

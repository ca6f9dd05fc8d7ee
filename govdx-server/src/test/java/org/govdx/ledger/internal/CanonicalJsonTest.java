package org.govdx.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8785 (JCS) examples and the rules the ledger's leaves depend on. */
class CanonicalJsonTest {

    /** RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text. */
    @ParameterizedTest
    @CsvSource({
        "0000000000000000, 0",
        "8000000000000000, 0",
        "0000000000000001, 5e-324",
        "8000000000000001, -5e-324",
        "7fefffffffffffff, 1.7976931348623157e+308",
        "ffefffffffffffff, -1.7976931348623157e+308",
        "4340000000000000, 9007199254740992",
        "c340000000000000, -9007199254740992",
        "4430000000000000, 295147905179352830000",
        "44b52d02c7e14af5, 9.999999999999997e+22",
        "44b52d02c7e14af6, 1e+23",
        "44b52d02c7e14af7, 1.0000000000000001e+23",
        "444b1ae4d6e2ef4e, 999999999999999700000",
        "444b1ae4d6e2ef4f, 999999999999999900000",
        "444b1ae4d6e2ef50, 1e+21",
        "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
        "3eb0c6f7a0b5ed8d, 0.000001",
        "41b3de4355555553, 333333333.3333332",
        "41b3de4355555554, 333333333.33333325",
        "41b3de4355555555, 333333333.3333333",
        "41b3de4355555556, 333333333.3333334",
        "41b3de4355555557, 333333333.33333343",
        "becbf647612f3696, -0.0000033333333333333333",
        "43143ff3c1cb0959, 1424953923781206.2",
    })
    void numbersFollowAppendixB(String bits, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        assertThat(CanonicalJson.write(value)).isEqualTo(expected);
    }

    @Test
    void nanAndInfinityHaveNoJsonForm() {
        assertThatThrownBy(() -> CanonicalJson.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** RFC 8785 section 3.2.2: the sample input and its canonical output. */
    @Test
    void sampleOfSection322() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("numbers", List.of(333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001));
        input.put("string", "\u20ac$\u000F\nA'B\"\\\\\"/");
        input.put("literals", Arrays.asList(null, true, false));
        assertThat(CanonicalJson.write(input)).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    /** RFC 8785 section 3.2.3: members sorted by UTF-16 code units, not code points or UTF-8 bytes. */
    @Test
    void sortingOfSection323() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("\u20ac", "Euro Sign");
        input.put("\r", "Carriage Return");
        input.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
        input.put("1", "One");
        input.put("\ud83d\ude00", "Emoji: Grinning Face");
        input.put("\u0080", "Control");
        input.put("\u00f6", "Latin Small Letter O With Diaeresis");
        assertThat(CanonicalJson.write(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\","
                + "\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
                + "\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\","
                + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void nestedValuesAreWrittenWithoutWhitespace() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", List.of(1, 2L, "x"));
        inner.put("a", Map.of());
        assertThat(CanonicalJson.write(Map.of("z", inner, "y", List.of()))).isEqualTo("{\"y\":[],\"z\":{\"a\":{},\"b\":[1,2,\"x\"]}}");
        assertThat(CanonicalJson.write("人口基本信息")).isEqualTo("\"人口基本信息\"");
        assertThat(CanonicalJson.write(new Object[] {Boolean.FALSE, null})).isEqualTo("[false,null]");
    }

    @Test
    void controlCharactersUseShortEscapesOrLowerCaseHex() {
        assertThat(CanonicalJson.write("\b\f\n\r\t\u0001\u001f\u007f\u2028"))
                .isEqualTo("\"\\b\\f\\n\\r\\t\\u0001\\u001f\u007f\u2028\"");
    }

    @Test
    void integersUpTo2Pow53AreExactAndLargerOnesAreRefused() {
        assertThat(CanonicalJson.write(9007199254740992L)).isEqualTo("9007199254740992");
        assertThat(CanonicalJson.write(-42)).isEqualTo("-42");
        assertThat(CanonicalJson.write(new BigDecimal("4.50"))).isEqualTo("4.5");
        assertThat(CanonicalJson.write(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CanonicalJson.write(BigInteger.TEN)).isEqualTo("10");
        assertThatThrownBy(() -> CanonicalJson.write(9007199254740993L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("string");
    }

    @Test
    void unsupportedValuesAreRefused() {
        assertThatThrownBy(() -> CanonicalJson.write("bad \ud800 surrogate")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(Map.of(1, "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void enumsAndTimesAreWrittenAsText() {
        assertThat(CanonicalJson.write(List.of(Thread.State.NEW, Instant.parse("2026-01-02T03:04:05Z"))))
                .isEqualTo("[\"NEW\",\"2026-01-02T03:04:05Z\"]");
    }
}

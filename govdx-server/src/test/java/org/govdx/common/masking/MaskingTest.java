package org.govdx.common.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.govdx.common.IdCardNumber;
import org.junit.jupiter.api.Test;

class MaskingTest {

    private static String mask(MaskingRule rule, String value) {
        return Masking.mask(rule, value, MaskingParams.NONE);
    }

    @Test
    void idCardKeepsRegionAndLastFour() {
        assertThat(mask(MaskingRule.ID_CARD, "11010519491231002X")).isEqualTo("110105********002X");
        assertThat(mask(MaskingRule.ID_CARD, "640502199003077777")).isEqualTo("640502********7777");
        assertThat(mask(MaskingRule.ID_CARD, "640502900307777")).as("old 15-digit number").isEqualTo("640502*****7777");
        assertThat(mask(MaskingRule.ID_CARD, "1234567890")).as("too short to keep 6+4").isEqualTo("**********");
        assertThat(mask(MaskingRule.ID_CARD, "")).isEmpty();
    }

    @Test
    void mobileKeepsThreeAndFour() {
        assertThat(mask(MaskingRule.MOBILE, "13812345678")).isEqualTo("138****5678");
        assertThat(mask(MaskingRule.MOBILE, "0955-7012345")).isEqualTo("095*****2345");
        assertThat(mask(MaskingRule.MOBILE, "1234567")).isEqualTo("*******");
    }

    @Test
    void nameKeepsTheFirstCharacter() {
        assertThat(mask(MaskingRule.NAME, "张三")).isEqualTo("张*");
        assertThat(mask(MaskingRule.NAME, "欧阳娜娜")).isEqualTo("欧***");
        assertThat(mask(MaskingRule.NAME, "阿依古丽·买买提")).isEqualTo("阿*******");
        assertThat(mask(MaskingRule.NAME, "王")).as("a single character would be revealed").isEqualTo("*");
        assertThat(mask(MaskingRule.NAME, "𠀀明")).as("surrogate pair kept whole").isEqualTo("𠀀*");
        assertThat(mask(MaskingRule.NAME, "明𠀀𠀁")).as("each surrogate pair is one mask").isEqualTo("明**");
    }

    @Test
    void addressKeepsTheDivisions() {
        assertThat(mask(MaskingRule.ADDRESS, "宁夏回族自治区中卫市沙坡头区文昌镇鼓楼西街12号"))
                .isEqualTo("宁夏回族自治区中卫市沙坡头区**********");
        assertThat(mask(MaskingRule.ADDRESS, "北京市朝阳区建国路88号")).isEqualTo("北京市朝阳区******");
        assertThat(mask(MaskingRule.ADDRESS, "中卫市沙坡头区市场路3号")).isEqualTo("中卫市沙坡头区*****");
        assertThat(mask(MaskingRule.ADDRESS, "中宁县石空镇")).isEqualTo("中宁县***");
        assertThat(mask(MaskingRule.ADDRESS, "鼓楼西街十二号院")).as("no division: first 3").isEqualTo("鼓楼西*****");
        assertThat(mask(MaskingRule.ADDRESS, "中卫市")).as("always hides something").isEqualTo("中卫*");
        assertThat(mask(MaskingRule.ADDRESS, "市")).isEqualTo("*");
    }

    @Test
    void bankCardKeepsFourAndFourDigits() {
        assertThat(mask(MaskingRule.BANK_CARD, "6222021234567890123")).isEqualTo("6222***********0123");
        assertThat(mask(MaskingRule.BANK_CARD, "6222 0212 3456 7890 123")).isEqualTo("6222 **** **** ***0 123");
        assertThat(mask(MaskingRule.BANK_CARD, "12345678")).isEqualTo("********");
    }

    @Test
    void emailKeepsFirstCharacterAndDomain() {
        assertThat(mask(MaskingRule.EMAIL, "zhangsan@example.cn")).isEqualTo("z*******@example.cn");
        assertThat(mask(MaskingRule.EMAIL, "张三丰@邮箱.中国")).isEqualTo("张**@邮箱.中国");
        assertThat(mask(MaskingRule.EMAIL, "a@b.cn")).isEqualTo("*@b.cn");
        assertThat(mask(MaskingRule.EMAIL, "not-an-email")).isEqualTo("n***********");
    }

    @Test
    void creditCodeHidesTheOrganisationBody() {
        assertThat(mask(MaskingRule.CREDIT_CODE, "91350100M000100Y43")).isEqualTo("91350100********43");
    }

    @Test
    void keepFirstNLastM() {
        assertThat(Masking.mask(MaskingRule.KEEP_FIRST_N_LAST_M, "中卫市公安局", MaskingParams.keep(2, 1)))
                .isEqualTo("中卫***局");
        assertThat(Masking.mask(MaskingRule.KEEP_FIRST_N_LAST_M, "abc", MaskingParams.keep(2, 1))).isEqualTo("***");
        assertThat(Masking.mask(MaskingRule.KEEP_FIRST_N_LAST_M, "abcdef", MaskingParams.NONE)).isEqualTo("a****f");
        assertThat(Masking.mask(MaskingRule.KEEP_FIRST_N_LAST_M, "abcdef", MaskingParams.parse("n=0, m=2")))
                .isEqualTo("****ef");
    }

    @Test
    void maskFromXToY() {
        assertThat(Masking.mask(MaskingRule.MASK_FROM_X_TO_Y, "13812345678", MaskingParams.range(4, 7)))
                .isEqualTo("138****5678");
        assertThat(Masking.mask(MaskingRule.MASK_FROM_X_TO_Y, "张𠀀三丰", MaskingParams.range(2, 3)))
                .isEqualTo("张**丰");
        assertThat(Masking.mask(MaskingRule.MASK_FROM_X_TO_Y, "abc", MaskingParams.range(2, 99))).isEqualTo("a**");
        assertThat(Masking.mask(MaskingRule.MASK_FROM_X_TO_Y, "abc", MaskingParams.range(9, 99))).isEqualTo("abc");
        assertThat(Masking.mask(MaskingRule.MASK_FROM_X_TO_Y, "abc", MaskingParams.range(3, 1)))
                .as("reversed range fails closed").isEqualTo("***");
        assertThat(Masking.mask(MaskingRule.MASK_FROM_X_TO_Y, "abc", MaskingParams.NONE)).isEqualTo("***");
    }

    @Test
    void hashIsStablePerSaltAndIrreversible() {
        MaskingParams grantA = MaskingParams.salt("grant-a-secret");
        MaskingParams grantB = MaskingParams.salt("grant-b-secret");
        String a1 = Masking.mask(MaskingRule.HASH, "640502199003077777", grantA);
        assertThat(a1).matches("[0-9a-f]{64}").doesNotContain("640502");
        assertThat(Masking.mask(MaskingRule.HASH, "640502199003077777", grantA)).isEqualTo(a1);
        assertThat(Masking.mask(MaskingRule.HASH, "640502199003077777", grantB)).isNotEqualTo(a1);
        assertThat(Masking.mask(MaskingRule.HASH, "640502199003077778", grantA)).isNotEqualTo(a1);
        assertThatThrownBy(() -> Masking.mask(MaskingRule.HASH, "x", MaskingParams.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(MaskingParams.salt("s").toString()).doesNotContain("s]").contains("salt=set");
    }

    @Test
    void nullAndNone() {
        assertThat(mask(MaskingRule.NULL, "张三")).isNull();
        assertThat(mask(MaskingRule.NONE, "张三")).isEqualTo("张三");
        for (MaskingRule rule : MaskingRule.values()) {
            assertThat(Masking.mask(rule, null, MaskingParams.salt("s"))).as("%s of null", rule).isNull();
        }
        assertThat(Masking.mask(null, "张三", null)).isEqualTo("张三");
    }

    @Test
    void valuesOfOtherTypes() {
        assertThat(Masking.maskValue(MaskingRule.NONE, 42, MaskingParams.NONE)).isEqualTo(42);
        assertThat(Masking.maskValue(MaskingRule.KEEP_FIRST_N_LAST_M, new BigDecimal("1E+3"), MaskingParams.keep(1, 1)))
                .isEqualTo("1**0");
        assertThat(Masking.maskValue(MaskingRule.MASK_FROM_X_TO_Y, LocalDate.of(1990, 3, 7), MaskingParams.range(6, 10)))
                .isEqualTo("1990-*****");
        assertThat(Masking.maskValue(MaskingRule.NULL, 42, MaskingParams.NONE)).isNull();
        assertThat(Masking.rule("id_card")).isEqualTo(MaskingRule.ID_CARD);
        assertThat(Masking.rule(null)).isEqualTo(MaskingRule.NONE);
        assertThat(Masking.rule("SOMETHING_NEW")).as("unknown rules withhold").isEqualTo(MaskingRule.NULL);
    }

    @Test
    void parameterParsing() {
        assertThat(MaskingParams.parse("n=3,m=4")).isEqualTo(MaskingParams.keep(3, 4));
        assertThat(MaskingParams.parse(" x=4 ; y=7 ")).isEqualTo(MaskingParams.range(4, 7));
        assertThat(MaskingParams.parse("")).isEqualTo(MaskingParams.NONE);
        assertThatThrownBy(() -> MaskingParams.parse("q=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MaskingParams.parse("n=-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MaskingParams.parse("n=abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void idCardMaskingNeverRevealsTheBirthDate(@ForAll @IntRange(min = 19300101, max = 20241231) int birth,
                                               @ForAll @IntRange(min = 0, max = 999) int sequence) {
        String number = IdCardNumber.complete("640502" + birth + String.format("%03d", sequence));
        String masked = mask(MaskingRule.ID_CARD, number);
        assertThat(masked).hasSize(18).startsWith("640502").endsWith(number.substring(14))
                .doesNotContain(String.valueOf(birth));
    }

    @Property(tries = 300)
    void maskingKeepsTheLengthInCharactersAndNeverSplitsASurrogatePair(@ForAll @StringLength(max = 40) String value) {
        for (MaskingRule rule : new MaskingRule[] {MaskingRule.ID_CARD, MaskingRule.MOBILE, MaskingRule.NAME,
                MaskingRule.ADDRESS, MaskingRule.BANK_CARD, MaskingRule.CREDIT_CODE, MaskingRule.KEEP_FIRST_N_LAST_M}) {
            String masked = mask(rule, value);
            assertThat(masked.codePointCount(0, masked.length())).as("%s", rule)
                    .isEqualTo(value.codePointCount(0, value.length()));
            for (int i = 0; i < masked.length(); i++) {
                char c = masked.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertThat(i + 1 < masked.length() && Character.isLowSurrogate(masked.charAt(i + 1))).isTrue();
                }
            }
        }
    }
}

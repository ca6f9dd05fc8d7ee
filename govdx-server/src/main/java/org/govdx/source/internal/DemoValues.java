package org.govdx.source.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Random;
import org.govdx.catalog.CatalogItemView;
import org.govdx.common.CreditCode;
import org.govdx.common.IdCardNumber;

/**
 * Synthetic but well-formed values for a demo item, chosen by what the item's name and code say it
 * holds: ID numbers and credit codes with correct check characters, Chinese names, addresses in
 * the demo city, phone numbers, dates. Deterministic for a given random seed.
 */
final class DemoValues {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "马", "周", "吴", "赵", "黄", "孙",
        "何", "朱", "郭", "欧阳", "丁", "田"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
        "杰", "涛", "明", "超", "秀英", "华", "建国", "海燕", "玉兰", "志强", "文博", "晓东"};
    private static final String[] REGIONS = {"640502", "640521", "640522"};
    private static final String[] REGION_NAMES = {"沙坡头区", "中宁县", "海原县"};
    private static final String[] TOWNS = {"文昌镇", "滨河镇", "宁安镇", "石空镇", "海城镇", "迎水镇", "柔远镇", "东园镇"};
    private static final String[] STREETS = {"鼓楼西街", "新华路", "应理南街", "长城东街", "平安路", "中山街",
        "黄河路", "丰安街"};
    private static final String[] TRADES = {"商贸", "农业科技", "建筑工程", "物流", "餐饮管理", "旅游开发", "新能源",
        "枸杞产业", "信息技术", "医药"};
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final Random random;

    DemoValues(long seed) {
        this.random = new Random(seed);
    }

    /** A value for row {@code i} of the item; key items are unique per row. */
    Object value(CatalogItemView item, int i) {
        String hint = (item.name() + " " + item.code()).toLowerCase(Locale.ROOT);
        Object value = switch (item.dataType()) {
            case INTEGER -> hint.contains("年龄") || hint.contains("age") ? (long) (18 + random.nextInt(70))
                    : (long) (item.key() ? i + 1 : random.nextInt(1000));
            case DECIMAL -> BigDecimal.valueOf(1000 + random.nextInt(5_000_000), 2).setScale(2, RoundingMode.HALF_UP);
            case DATE -> LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 70));
            case DATETIME -> LocalDateTime.of(2020, 1, 1, 8, 0).plusMinutes(random.nextInt(60 * 24 * 365 * 5));
            case BOOLEAN -> random.nextInt(10) < 8;
            case BINARY -> new byte[] {(byte) i, (byte) random.nextInt()};
            case STRING -> text(item, hint, i);
        };
        if (value instanceof String s && item.length() != null && item.length() > 0
                && s.codePointCount(0, s.length()) > item.length()) {
            // a key keeps its tail, where the running number is, so that it stays unique
            value = item.key() ? s.substring(s.offsetByCodePoints(0, s.codePointCount(0, s.length()) - item.length()))
                    : s.substring(0, s.offsetByCodePoints(0, item.length()));
        }
        return value;
    }

    private String text(CatalogItemView item, String hint, int i) {
        if (hint.contains("身份") || hint.contains("id_card") || hint.contains("id_number") || hint.contains("sfz")) {
            return idNumber(i);
        }
        if (hint.contains("信用代码") || hint.contains("credit") || hint.contains("uscc")) {
            return creditCode(i);
        }
        if (hint.contains("性别") || hint.contains("gender") || hint.contains("sex")) {
            return random.nextBoolean() ? "男" : "女";
        }
        if (hint.contains("民族") || hint.contains("ethnic") || hint.contains("nation")) {
            return random.nextInt(10) < 6 ? "汉族" : "回族";
        }
        if (hint.contains("电话") || hint.contains("手机") || hint.contains("phone") || hint.contains("mobile")) {
            return "1" + (3 + random.nextInt(6)) + String.format("%09d", random.nextInt(1_000_000_000));
        }
        if (hint.contains("邮箱") || hint.contains("email")) {
            return "user" + (1000 + i) + "@example.cn";
        }
        if (hint.contains("银行") || hint.contains("bank")) {
            return "6222" + String.format("%015d", Math.abs(random.nextLong()) % 1_000_000_000_000_000L);
        }
        if (hint.contains("地址") || hint.contains("住址") || hint.contains("住所") || hint.contains("address")
                || hint.contains("坐落")) {
            return address();
        }
        if ((hint.contains("姓名") || hint.contains("法定代表人") || hint.contains("负责人") || hint.contains("联系人")
                || hint.contains("配偶") || hint.contains("权利人") || hint.contains("_name") || hint.startsWith("name"))
                && !hint.contains("名称")) {
            return name();
        }
        if (hint.contains("名称") || hint.contains("单位") || hint.contains("企业") || hint.contains("机构")) {
            return hint.contains("医") ? "中卫市" + REGION_NAMES[i % 3] + TOWNS[i % TOWNS.length].replace("镇", "")
                    + (i % 2 == 0 ? "卫生院" : "社区卫生服务站")
                    : "宁夏" + TOWNS[random.nextInt(TOWNS.length)].replace("镇", "") + TRADES[random.nextInt(TRADES.length)]
                    + (i % 3 == 0 ? "股份有限公司" : "有限公司");
        }
        if (hint.contains("月份") || hint.contains("month")) {
            return java.time.YearMonth.of(2020, 1).plusMonths(item.key() ? i : random.nextInt(60)).toString();
        }
        if (hint.contains("状态") || hint.contains("status")) {
            return random.nextInt(10) < 8 ? "正常" : "注销";
        }
        if (item.key() || hint.contains("编号") || hint.contains("号码") || hint.contains("证号") || hint.contains("code")
                || hint.contains("_no")) {
            return "ZW" + String.format("%08d", 20240000 + i);
        }
        return item.name() + (i + 1);
    }

    String idNumber(int i) {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 65));
        String first17 = REGIONS[i % REGIONS.length] + birth.toString().replace("-", "")
                + String.format("%03d", i % 1000);
        return IdCardNumber.complete(first17);
    }

    String creditCode(int i) {
        StringBuilder body = new StringBuilder("91640500");
        for (int k = 0; k < 8; k++) {
            body.append(CREDIT_ALPHABET.charAt(random.nextInt(CREDIT_ALPHABET.length())));
        }
        body.append(CREDIT_ALPHABET.charAt(i % CREDIT_ALPHABET.length()));
        return CreditCode.complete(body.toString());
    }

    String name() {
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String given = GIVEN[random.nextInt(GIVEN.length)];
        boolean longer = random.nextInt(3) == 0;
        // two or three characters in all, four only for a compound surname with a two-character given name
        if (longer && surname.length() == 1 && given.length() == 1) {
            given += GIVEN[random.nextInt(GIVEN.length)].substring(0, 1);
        }
        return surname + given;
    }

    String address() {
        int r = random.nextInt(REGION_NAMES.length);
        return "宁夏回族自治区中卫市" + REGION_NAMES[r] + TOWNS[random.nextInt(TOWNS.length)]
                + STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(300)) + "号";
    }
}

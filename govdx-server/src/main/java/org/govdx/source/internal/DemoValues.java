package org.govdx.source.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * The deliberate defects of the demo city's tables, so that the quality module has something to find
     * on a fresh start: a few per cent of bad ID check characters and blank names in 公安局's population
     * table, birth dates that disagree with the ID number, duplicate permit numbers, husbands' names in
     * 民政局's marriage table that differ from the population table, and two tables whose last change is
     * long past their update cycle. Only the exact demo table names carry defects; any other table (the
     * tests' own) stays well-formed. A birth-date item always agrees with the row's ID number otherwise.
     */
    static final class Defects {

        static final String POPULATION = "population_basic";
        static final String MARRIAGE = "marriage";
        static final String PERMITS = "residence_permit";
        private static final List<String> STALE = List.of("vehicle", "subsistence");

        /** ID number and name of each population row, for the marriage table built after it. */
        private final List<String[]> people = new ArrayList<>();

        /** True for the table whose key repeats (it gets no primary key). */
        static boolean duplicateKeys(String table) {
            return PERMITS.equals(table);
        }

        Object apply(String table, CatalogItemView item, int i, Object value, Map<String, Object> row, DemoValues values) {
            String code = item.code().toLowerCase(Locale.ROOT);
            Object v = value;
            if (item.dataType() == org.govdx.catalog.ItemDataType.DATE && (code.contains("birth")
                    || item.name().contains("出生"))) {
                v = birthOf(row, v);
                if (POPULATION.equals(table) && i % 60 == 23 && v instanceof LocalDate d) {
                    v = d.plusDays(1);
                }
            }
            if (POPULATION.equals(table)) {
                if (code.equals("id_number") && i % 30 == 7 && v instanceof String id && id.length() == 18) {
                    v = id.substring(0, 17) + (id.charAt(17) == '3' ? '4' : '3');
                }
                if (code.equals("name") && i % 40 == 11) {
                    v = "";
                }
                if (code.equals("name")) {
                    people.add(new String[] {String.valueOf(row.get("id_number")), String.valueOf(v)});
                }
            } else if (MARRIAGE.equals(table) && i < people.size()) {
                if (code.equals("man_id_number") && i % 25 != 4) {
                    v = people.get(i)[0];
                }
                if (code.equals("man_name") && i % 25 != 4) {
                    v = i % 20 == 9 ? values.name() + "某" : people.get(i)[1];
                }
            } else if (PERMITS.equals(table) && item.key() && i % 50 == 5 && row.isEmpty()) {
                v = lastKey;
            }
            if (item.key()) {
                lastKey = v;
            }
            return v;
        }

        private Object lastKey;

        /** The date of birth inside the row's ID number, when it has one. */
        private static Object birthOf(Map<String, Object> row, Object fallback) {
            for (Object v : row.values()) {
                if (v instanceof String s && s.length() == 18 && s.substring(0, 17).chars().allMatch(Character::isDigit)) {
                    try {
                        return LocalDate.parse(s.substring(6, 10) + "-" + s.substring(10, 12) + "-" + s.substring(12, 14));
                    } catch (java.time.DateTimeException e) {
                        return fallback;
                    }
                }
            }
            return fallback;
        }

        /** The change timestamp of row {@code i}: recent, except on the tables left stale on purpose. */
        Object changedAt(String table, int i, Instant seededAt) {
            if (STALE.contains(table)) {
                return LocalDateTime.of(2024, 1, 1, 0, 0).plusHours(i * 7L);
            }
            return LocalDateTime.ofInstant(seededAt, ZoneId.systemDefault()).minusMinutes(i * 3L);
        }
    }
}

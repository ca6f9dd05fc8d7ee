package org.govdx.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.DataGrade;
import org.govdx.catalog.ItemDataType;
import org.govdx.common.GovdxException;
import org.govdx.common.masking.MaskingRule;
import org.govdx.source.MountedTable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The gateway's filter, SQL, in-memory and CSV rules, without a server. */
class GatewayRulesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static CatalogItemView item(String code, ItemDataType type, MaskingRule rule, DataGrade grade) {
        return new CatalogItemView(code, code, type, null, null, grade, rule, null, code.equals("id_number"));
    }

    private static final Map<String, CatalogItemView> ITEMS = new LinkedHashMap<>();

    static {
        ITEMS.put("id_number", item("id_number", ItemDataType.STRING, MaskingRule.ID_CARD, DataGrade.GENERAL_3));
        ITEMS.put("name", item("name", ItemDataType.STRING, MaskingRule.NAME, DataGrade.GENERAL_2));
        ITEMS.put("score", item("score", ItemDataType.INTEGER, MaskingRule.NONE, DataGrade.GENERAL_1));
        ITEMS.put("birth_date", item("birth_date", ItemDataType.DATE, MaskingRule.NONE, DataGrade.GENERAL_1));
    }

    private static final MountedTable TABLE = new MountedTable(1, 2, 3, null, "PostgreSQL", "\"s\".\"person\"",
            Map.of("id_number", "\"sfzh\"", "name", "\"xm\"", "score", "\"fs\"", "birth_date", "\"csrq\""),
            "\"sfzh\"", null, Duration.ofSeconds(5), "\"");

    private final FilterParser parser = new FilterParser(ITEMS);

    private Condition parse(String json) {
        return parser.parse(JSON.readTree(json));
    }

    @Test
    void filtersBecomeBoundParametersTypedByTheItem() {
        Condition c = parse("""
                {"and":[{"eq":{"item":"name","value":"张三' OR 1=1"}},
                        {"in":{"item":"score","values":[1,"2"]}},
                        {"between":{"item":"birth_date","from":"1990-01-01","to":"1999-12-31"}},
                        {"prefix":{"item":"id_number","value":"64_%!"}}]}""");
        SourceSql.Sql sql = new SourceSql(TABLE).select(List.of("id_number", "name"), c,
                List.of(new SortOrder("score", true)), 10, 20L);
        assertThat(sql.text()).isEqualTo("SELECT \"sfzh\", \"xm\" FROM \"s\".\"person\" WHERE (\"xm\" = ? AND \"fs\" IN (?, ?)"
                + " AND \"csrq\" BETWEEN ? AND ? AND \"sfzh\" LIKE ? ESCAPE '!') ORDER BY \"fs\" DESC, \"sfzh\" LIMIT ? OFFSET ?");
        assertThat(sql.params()).containsExactly("张三' OR 1=1", 1L, 2L, LocalDate.of(1990, 1, 1),
                LocalDate.of(1999, 12, 31), "64!_!%!!%", 10, 20L);
        SourceSql.Sql counted = new SourceSql(TABLE).selectCounted(List.of("name"), null, List.of(), 5, 0);
        assertThat(counted.text()).isEqualTo("SELECT \"xm\", COUNT(*) OVER () FROM \"s\".\"person\" ORDER BY \"sfzh\" LIMIT ? OFFSET ?");
    }

    @Test
    void anItemOutsideTheAllowedOnesIsRefusedNamingIt() {
        assertThatThrownBy(() -> parse("{\"eq\":{\"item\":\"mobile\",\"value\":\"1\"}}"))
                .isInstanceOfSatisfying(GovdxException.class, e -> {
                    assertThat(e.code()).isEqualTo("ITEM_NOT_GRANTED");
                    assertThat(e.errors().get(0).field()).isEqualTo("mobile");
                });
        assertThatThrownBy(() -> parser.sort("\"xm\"; DROP TABLE person,desc"))
                .isInstanceOfSatisfying(GovdxException.class, e -> assertThat(e.code()).isEqualTo("ITEM_NOT_GRANTED"));
        assertThatThrownBy(() -> parser.sort("score,sideways"))
                .isInstanceOfSatisfying(GovdxException.class, e -> assertThat(e.code()).isEqualTo("INVALID_SORT"));
    }

    @Test
    void malformedFiltersAreRefused() {
        for (String bad : List.of("{\"or\":[]}", "{\"eq\":{\"item\":\"score\",\"value\":\"x\"}}", "{\"and\":[]}",
                "{\"eq\":{\"item\":\"name\"}}", "{\"prefix\":{\"item\":\"score\",\"value\":\"1\"}}",
                "{\"in\":{\"item\":\"score\",\"values\":[]}}", "{\"eq\":{\"item\":\"name\",\"value\":{\"x\":1}}}",
                "{\"eq\":{\"item\":\"name\",\"value\":\"a\"},\"in\":{}}")) {
            assertThatThrownBy(() -> parse(bad)).as(bad).isInstanceOf(GovdxException.class)
                    .satisfies(e -> assertThat(((GovdxException) e).status().value()).isEqualTo(400));
        }
    }

    @Test
    void recordsOfApiAndFileMountsAreFilteredAndSortedTheSameWay() {
        InMemoryRecords memory = new InMemoryRecords(ITEMS);
        Map<String, Object> a = Map.of("name", "张三", "score", 5L, "birth_date", "1990-05-01", "id_number", "640502");
        Map<String, Object> b = Map.of("name", "李四", "score", "12", "birth_date", "2001-01-01", "id_number", "110101");
        Condition c = parse("{\"and\":[{\"between\":{\"item\":\"score\",\"from\":1,\"to\":10}},"
                + "{\"prefix\":{\"item\":\"id_number\",\"value\":\"6405\"}}]}");
        assertThat(memory.matches(c, a)).isTrue();
        assertThat(memory.matches(c, b)).isFalse();
        assertThat(memory.matches(parse("{\"eq\":{\"item\":\"score\",\"value\":12}}"), b)).isTrue();
        assertThat(memory.matches(parse("{\"in\":{\"item\":\"birth_date\",\"values\":[\"2001-01-01\"]}}"), b)).isTrue();
        List<Map<String, Object>> sorted = new java.util.ArrayList<>(List.of(a, b));
        sorted.sort(memory.order(List.of(new SortOrder("score", true))));
        assertThat(sorted).containsExactly(b, a);
    }

    @Test
    void csvQuotesWhatNeedsItAndDefusesFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvSink csv = new CsvSink(out);
        csv.header(List.of("a", "b", "c", "d"));
        csv.row(new Object[]{"x,y", "say \"hi\"", "=SUM(A1)", new BigDecimal("1.50")});
        csv.row(new Object[]{null, 7L, true, "中卫"});
        csv.finish();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("a,b,c,d\r\n\"x,y\",\"say \"\"hi\"\"\",\"'=SUM(A1)\",1.50\r\n,7,true,中卫\r\n");
        assertThat(csv.bytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void theStoredFilterHashesValuesOfGradedOrMaskedItems() {
        FilterText text = new FilterText(ITEMS, new byte[]{1, 2, 3});
        String stored = text.of(parse("{\"and\":[{\"eq\":{\"item\":\"id_number\",\"value\":\"64050219900101001X\"}},"
                + "{\"eq\":{\"item\":\"score\",\"value\":3}}]}"));
        assertThat(stored).startsWith("id_number=sm3:").endsWith(" and score=3").doesNotContain("64050219900101001X");
        assertThat(text.of(parse("{\"eq\":{\"item\":\"id_number\",\"value\":\"64050219900101001X\"}}")))
                .isEqualTo(stored.substring(0, stored.indexOf(" and ")));
    }

    @Test
    void plainItemsOfTheGrantAreNotMasked() {
        RecordMasker masker = new RecordMasker(List.of(ITEMS.get("id_number"), ITEMS.get("name")), Set.of("name"),
                new byte[16]);
        assertThat(masker.mask(0, "64050219900101001X")).isEqualTo("640502********001X");
        assertThat(masker.mask(1, "张三")).isEqualTo("张三");
    }
}

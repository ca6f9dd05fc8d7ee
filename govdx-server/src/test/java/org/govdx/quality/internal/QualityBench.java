package org.govdx.quality.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.DataGrade;
import org.govdx.catalog.ItemDataType;
import org.govdx.common.masking.MaskingRule;
import org.govdx.quality.RuleType;
import org.govdx.source.MountedTable;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The quality scan benchmark (issue 7), run by bench/quality-bench.sh against the local PostgreSQL; not a
 * test. Builds a table of {@code --rows} rows (default 1,000,000) in schema govdx_bench_quality of database
 * test, then times a bare {@code SELECT count(*)} against the one-pass aggregate of 10 and of 30 row rules
 * (the SQL a scan sends), and of 10 rules plus uniqueness, and prints the ratios.
 */
public final class QualityBench {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String SCHEMA = "govdx_bench_quality";

    private QualityBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = 1_000_000;
        int runs = 5;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--rows")) {
                rows = Integer.parseInt(args[i + 1]);
            } else if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[i + 1]);
            }
        }
        try (Connection c = DriverManager.getConnection(URL, "postgres", "")) {
            long t0 = System.nanoTime();
            build(c, rows);
            System.out.printf("built %,d rows in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
            Map<String, CatalogItemView> items = items();
            MountedTable table = new MountedTable(1, 1, 1, new DriverManagerDataSource(URL, "postgres", ""),
                    "PostgreSQL", "\"" + SCHEMA + "\".\"person\"", columns(items), "\"row_id\"", "\"updated_at\"",
                    Duration.ofMinutes(10), "\"");
            List<RuleDef> ten = ten(0);
            List<RuleDef> thirty = new ArrayList<>(ten);
            thirty.addAll(ten(100));
            thirty.addAll(ten(200));
            List<RuleDef> tenAndUnique = new ArrayList<>(ten);
            tenAndUnique.add(RuleDef.of(99, RuleType.UNIQUE, "id_no", Map.of()));

            double count = median(c, new RuleSql.Fragment("SELECT count(*) FROM " + table.table(), List.of()), runs);
            double r10 = median(c, ScanRunner.aggregateSql(table, items, ten), runs);
            double r30 = median(c, ScanRunner.aggregateSql(table, items, thirty), runs);
            double r10u = median(c, ScanRunner.aggregateSql(table, items, tenAndUnique), runs);
            System.out.println();
            System.out.printf("| query (PostgreSQL, %,d rows, median of %d) | time (ms) | × count(*) |%n", rows, runs);
            System.out.println("|---|---:|---:|");
            System.out.printf("| bare SELECT count(*) | %.0f | 1.0 |%n", count);
            System.out.printf("| scan, 10 row rules in one pass | %.0f | %.1f |%n", r10, r10 / count);
            System.out.printf("| scan, 30 row rules in one pass | %.0f | %.1f |%n", r30, r30 / count);
            System.out.printf("| scan, 10 row rules + uniqueness (COUNT DISTINCT) | %.0f | %.1f |%n", r10u, r10u / count);
        }
    }

    /** Ten row rules of ten kinds; {@code base} shifts the ids and the bound values so that copies differ. */
    private static List<RuleDef> ten(int base) {
        int k = base / 100;
        return List.of(
                RuleDef.of(base + 1, RuleType.NOT_NULL, "name", Map.of()),
                RuleDef.of(base + 2, RuleType.ID_CARD, "id_no", Map.of()),
                RuleDef.of(base + 3, RuleType.BIRTH_DATE_MATCH, "id_no", Map.of("birthItem", "birth")),
                RuleDef.of(base + 4, RuleType.ALLOWED_VALUES, "gender", Map.of("values", List.of("男", "女", "未说明" + k))),
                RuleDef.of(base + 5, RuleType.REGEX, "mobile", Map.of("pattern", "^1[3-9][0-9]{" + (9 - k) + ",9}$")),
                RuleDef.of(base + 6, RuleType.LENGTH, "mobile", Map.of("min", 11 - k, "max", 11)),
                RuleDef.of(base + 7, RuleType.RANGE, "amount", Map.of("min", String.valueOf(k), "max", "100000")),
                RuleDef.of(base + 8, RuleType.END_AFTER_START, "start_d", Map.of("endItem", "end_d")),
                RuleDef.of(base + 9, RuleType.CREDIT_CODE, "credit", Map.of()),
                RuleDef.of(base + 10, RuleType.NOT_NULL, "credit", Map.of()));
    }

    private static Map<String, CatalogItemView> items() {
        Map<String, CatalogItemView> items = new LinkedHashMap<>();
        for (String[] i : new String[][] {{"id_no", "STRING"}, {"name", "STRING"}, {"gender", "STRING"},
            {"birth", "DATE"}, {"mobile", "STRING"}, {"amount", "DECIMAL"}, {"start_d", "DATE"}, {"end_d", "DATE"},
            {"credit", "STRING"}}) {
            items.put(i[0], new CatalogItemView(i[0], i[0], ItemDataType.valueOf(i[1]), null, null, DataGrade.GENERAL_3,
                    MaskingRule.NONE, null, false));
        }
        return items;
    }

    private static Map<String, String> columns(Map<String, CatalogItemView> items) {
        Map<String, String> columns = new LinkedHashMap<>();
        items.keySet().forEach(k -> columns.put(k, "\"" + k + "\""));
        return columns;
    }

    private static void build(Connection c, int rows) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
            s.execute("CREATE TABLE " + SCHEMA + ".person (row_id BIGINT PRIMARY KEY, id_no VARCHAR(18), name VARCHAR(50),"
                    + " gender VARCHAR(4), birth DATE, mobile VARCHAR(11), amount NUMERIC(12,2), start_d DATE, end_d DATE,"
                    + " credit VARCHAR(18), updated_at TIMESTAMP)");
            // 18 characters, the birth date inside, the 18th digit arbitrary: most check characters are wrong,
            // which costs the scan the same as right ones
            s.execute("INSERT INTO " + SCHEMA + ".person SELECT g,"
                    + " '640502' || to_char(DATE '1950-01-01' + (g % 25000), 'YYYYMMDD') || lpad((g % 1000)::text, 3, '0')"
                    + "   || (g % 10)::text,"
                    + " CASE WHEN g % 97 = 0 THEN NULL ELSE '张' || (g % 5000)::text END,"
                    + " CASE WHEN g % 2 = 0 THEN '男' ELSE '女' END,"
                    + " DATE '1950-01-01' + (g % 25000),"
                    + " '139' || lpad((g % 100000000)::text, 8, '0'),"
                    + " (g % 100000) / 10.0,"
                    + " DATE '2020-01-01' + (g % 1000), DATE '2020-02-01' + (g % 1000),"
                    + " '91640500MA76' || lpad((g % 1000000)::text, 6, '0'),"
                    + " now() - (g || ' seconds')::interval"
                    + " FROM generate_series(1, " + rows + ") g");
            s.execute("VACUUM ANALYZE " + SCHEMA + ".person");
        }
    }

    private static double median(Connection c, RuleSql.Fragment sql, int runs) throws Exception {
        double[] times = new double[runs];
        run(c, sql);
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            run(c, sql);
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private static void run(Connection c, RuleSql.Fragment sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql.sql())) {
            for (int i = 0; i < sql.params().size(); i++) {
                ps.setObject(i + 1, sql.params().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
    }
}

package org.govdx.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.govdx.IntegrationTest;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.OrgInfo;
import org.govdx.identity.OrgType;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Search latency over a large generated catalog: {@code bench/catalog-search-bench/run.sh}, or
 * {@code ./mvnw -pl govdx-server -am test -Dtest=CatalogSearchBench -Dgovdx.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. Generates {@code govdx.bench.entries} (100,000) published
 * entries straight into the database, rebuilds the index, warms up, then times searches as a department
 * user and as the operator (full text + facets, with and without filters) and prints p50/p95/p99.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "govdx.bench", matches = "true")
class CatalogSearchBench extends IntegrationTest {

    private static final String[] TOPICS = {"人口", "户籍", "婚姻登记", "出生医学证明", "死亡登记", "社保参保", "养老保险",
        "医疗保险", "失业保险", "就业登记", "企业登记", "个体工商户", "食品经营许可", "药品零售", "不动产登记", "土地出让",
        "房屋租赁", "公积金缴存", "医疗机构", "执业医师", "疫苗接种", "学籍", "交通违法", "车辆登记", "驾驶证", "低保救助",
        "残疾人", "退役军人", "税务登记", "纳税信用", "行政处罚", "行政许可", "环境监测", "排污许可", "安全生产", "应急物资"};
    private static final String[] KINDS = {"基本信息", "登记信息", "台账", "统计数据", "办理结果", "证照信息", "变更记录", "核验接口"};
    private static final String[] ITEMS = {"姓名", "公民身份号码", "性别", "出生日期", "住址", "联系电话", "统一社会信用代码",
        "单位名称", "法定代表人", "登记日期", "登记机关", "证照编号", "有效期", "办理状态", "金额", "所属区县", "经营范围",
        "注册资本", "参保状态", "缴费基数"};
    private static final String[] CLASSES = {"101001", "101002", "101003", "101004", "102001", "102002", "102003",
        "103001", "103002", "104001", "104002", "105001", "105002", "202001", "203001", "301001", "302001", "303001",
        "304001", "307001", "308001"};
    private static final String[] SHARE = {"UNCONDITIONAL", "CONDITIONAL", "CONDITIONAL", "NONE"};
    private static final String[] FORMATS = {"DATABASE", "SPREADSHEET", "API", "FILE"};
    private static final String[] GRADES = {"GENERAL_1", "GENERAL_2", "GENERAL_3", "GENERAL_4", "IMPORTANT"};
    private static final String[] CYCLES = {"REALTIME", "DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "YEARLY"};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Orgs orgs;
    @Autowired
    CatalogSearch search;

    @Test
    void searchLatency() {
        int entries = Integer.getInteger("govdx.bench.entries", 100_000);
        List<OrgInfo> departments = orgs.all().stream().filter(o -> o.type() == OrgType.DEPARTMENT).toList();
        Random random = new Random(42);
        long t0 = System.nanoTime();
        generate(entries, departments, random);
        long t1 = System.nanoTime();
        int indexed = search.rebuild();
        long t2 = System.nanoTime();
        System.out.printf("BENCH generated %d entries in %.1f s; index rebuilt (%d entries) in %.1f s%n",
                entries, (t1 - t0) / 1e9, indexed, (t2 - t1) / 1e9);

        OrgInfo gaj = departments.stream().filter(o -> o.code().equals("ZW-GAJ")).findFirst().orElseThrow();
        CurrentUser user = new CurrentUser(-1, "bench_user", "bench", gaj.id(), gaj.code(), gaj.name(),
                OrgType.DEPARTMENT, EnumSet.of(Role.ORG_DATA_USER), false);
        CurrentUser operator = new CurrentUser(-2, "bench_operator", "bench", gaj.id(), gaj.code(), gaj.name(),
                OrgType.DEPARTMENT, EnumSet.of(Role.PLATFORM_OPERATOR), false);
        List<CatalogSearchQuery> queries = queries(new Random(7));
        run(queries, user, 2_000);
        long[] userTimes = run(queries, user, 5_000);
        long[] operatorTimes = run(queries, operator, 2_000);
        report("department user", userTimes);
        report("operator", operatorTimes);
        CatalogSearchResult all = search.search(CatalogSearchQuery.all(), user);
        System.out.printf("BENCH match-all for a department user: %d hits%n", all.totalElements());
    }

    private long[] run(List<CatalogSearchQuery> queries, CurrentUser viewer, int count) {
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            CatalogSearchQuery q = queries.get(i % queries.size());
            long start = System.nanoTime();
            search.search(q, viewer);
            times[i] = System.nanoTime() - start;
        }
        return times;
    }

    private static void report(String who, long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCH %s: %d searches, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", who,
                sorted.length, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static List<CatalogSearchQuery> queries(Random random) {
        List<CatalogSearchQuery> queries = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            String words = switch (i % 5) {
                case 0 -> topic;
                case 1 -> topic + KINDS[random.nextInt(KINDS.length)];
                case 2 -> ITEMS[random.nextInt(ITEMS.length)];
                case 3 -> topic + " " + ITEMS[random.nextInt(ITEMS.length)];
                default -> null;
            };
            List<String> share = i % 3 == 0 ? List.of(SHARE[random.nextInt(3)]) : null;
            List<String> cls = i % 4 == 0 ? List.of(CLASSES[random.nextInt(CLASSES.length)].substring(0, 3)) : null;
            queries.add(new CatalogSearchQuery(words, cls, null, share, null, null, null, null, random.nextInt(3), 20));
        }
        return queries;
    }

    private void generate(int count, List<OrgInfo> departments, Random random) {
        Timestamp now = Timestamp.from(Instant.now());
        long firstSeq = 500_000;
        for (int from = 0; from < count; from += 2_000) {
            int to = Math.min(count, from + 2_000);
            List<Object[]> entryRows = new ArrayList<>();
            for (int i = from; i < to; i++) {
                OrgInfo org = departments.get(i % departments.size());
                entryRows.add(new Object[] {"9" + (firstSeq + i), org.id(), org.code(), now, now});
            }
            jdbc.batchUpdate("INSERT INTO catalog_entry (code, provider_org_id, provider_org_code, status, "
                    + "published_version, latest_version, created_at, updated_at) VALUES (?, ?, ?, 'PUBLISHED', 1, 1, ?, ?)",
                    entryRows);
            List<Long> ids = jdbc.queryForList("SELECT id FROM catalog_entry WHERE code >= ? AND code < ? ORDER BY id",
                    Long.class, "9" + (firstSeq + from), "9" + (firstSeq + to));
            List<Object[]> versions = new ArrayList<>();
            for (Long id : ids) {
                String topic = TOPICS[random.nextInt(TOPICS.length)];
                String name = topic + KINDS[random.nextInt(KINDS.length)];
                String share = SHARE[random.nextInt(SHARE.length)];
                versions.add(new Object[] {id, name, "本资源汇集全市" + topic + "相关的" + KINDS[random.nextInt(KINDS.length)]
                        + "，按" + CYCLES[random.nextInt(CYCLES.length)].toLowerCase() + "更新，供各部门依职责共享使用。",
                    CLASSES[random.nextInt(CLASSES.length)], FORMATS[random.nextInt(FORMATS.length)], share,
                    share.equals("UNCONDITIONAL") ? null : "依职责使用", share.equals("NONE") ? "有关法律" : null,
                    share.equals("NONE") ? null : "API", CYCLES[random.nextInt(CYCLES.length)],
                    GRADES[random.nextInt(GRADES.length)], topic + "\n" + KINDS[random.nextInt(KINDS.length)], now,
                    now, now, now});
            }
            jdbc.batchUpdate("INSERT INTO catalog_entry_version (entry_id, version, status, name, summary, "
                    + "classification_code, format, share_type, share_condition, legal_basis, share_mode, open_type, "
                    + "update_cycle, grade, tags, created_at, created_by, updated_at, published_at, publish_date) "
                    + "VALUES (?, 1, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, 'NOT_OPEN', ?, ?, ?, ?, 'bench', ?, ?, ?)",
                    versions);
            List<Long> versionIds = jdbc.queryForList("SELECT v.id FROM catalog_entry_version v JOIN catalog_entry e "
                    + "ON e.id = v.entry_id WHERE e.code >= ? AND e.code < ?", Long.class,
                    "9" + (firstSeq + from), "9" + (firstSeq + to));
            List<Object[]> items = new ArrayList<>();
            for (Long versionId : versionIds) {
                int n = 3 + random.nextInt(8);
                for (int k = 0; k < n; k++) {
                    items.add(new Object[] {versionId, k, "item_" + k, ITEMS[(k * 7 + random.nextInt(ITEMS.length)) % ITEMS.length]});
                }
            }
            jdbc.batchUpdate("INSERT INTO catalog_item (version_id, position, code, name, data_type, grade, masking_rule, "
                    + "key_item) VALUES (?, ?, ?, ?, 'STRING', 'GENERAL_2', 'NONE', FALSE)", items);
        }
    }
}

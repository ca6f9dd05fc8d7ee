package org.govdx.ledger.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.govdx.GovdxApplication;
import org.govdx.common.LedgerFact;
import org.govdx.ledger.Ledger;
import org.govdx.ledger.LedgerAuditReport;
import org.govdx.ledger.LedgerInclusionProof;
import org.govdx.ledger.SignedCheckpoint;
import org.govdx.ledger.internal.CanonicalJson;
import org.govdx.ledger.internal.CheckpointSigner;
import org.govdx.ledger.internal.Frontier;
import org.govdx.ledger.internal.LedgerAppender;
import org.govdx.ledger.internal.SearchIndexer;
import org.govdx.tlog.Checkpoint;
import org.govdx.tlog.MerkleHasher;
import org.govdx.tlog.ProofVerifier;
import org.govdx.tlog.VerifierKey;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger benchmark on PostgreSQL with SM3 (not part of the test suite; run {@code bench/ledger-bench.sh}).
 *
 * <ol>
 *   <li><b>Appends through the outbox, sustained.</b> The platform (without web traffic) runs against a
 *       fresh schema; publisher threads publish ledger facts with {@link ApplicationEventPublisher} inside
 *       transactions of {@code --per-tx} facts (a sync batch, a bulk import), while an appender loop with
 *       the production code and schedule (drain, then 200 ms pause) and a checkpoint loop (5 s) run. The
 *       rate is facts published divided by the time until the last one is in the tree.</li>
 *   <li><b>Appender alone</b> on an outbox filled beforehand: the group-commit rate.</li>
 *   <li><b>Full audit</b> of the resulting tree ({@code --audit-leaves}, 1 million).</li>
 *   <li><b>Inclusion proofs at {@code --proof-leaves} (10 million)</b>: the tree is extended by bulk load
 *       (PostgreSQL {@code COPY}, leaves and stored subtree hashes computed by the ledger's own
 *       {@code Frontier}, so the tree is genuine and the proofs verify) instead of through the outbox to
 *       save time; then a checkpoint is signed and proofs for random leaves are timed through
 *       {@link Ledger#inclusionProof} (validation, checkpoint lookup, one query) and verified.</li>
 * </ol>
 */
public final class LedgerBench {

    private static final double TRILLIAN = 1_000;
    private static final double TESSERA = 3_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String[] TYPES = {"EXCHANGE_QUERY", "EXCHANGE_VERIFY", "GRANT_CREATED", "APPLICATION_DECIDED"};
    private static final String[] ORGS = {"ZW-GAJ", "ZW-MZJ", "ZW-RSJ", "ZW-SCJGJ", "ZW-SPJ", "ZW-WJW"};

    private final Map<String, String> options;
    private final List<String[]> rows = new ArrayList<>();

    private LedgerBench(Map<String, String> options) {
        this.options = options;
    }

    /** A fact shaped like an exchange usage record. */
    record UsageFact(String type, Instant occurredAt, String actor, String orgCode, Map<String, Object> keys)
            implements LedgerFact {

        static UsageFact random(long n) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            String org = ORGS[r.nextInt(ORGS.length)];
            Map<String, Object> keys = new LinkedHashMap<>();
            keys.put("requestId", "RQ" + Long.toString(n, 36) + "-" + Integer.toString(r.nextInt(1 << 30), 36));
            keys.put("entry", "ZW-GAJ/" + String.format("%06d", r.nextInt(1000)));
            keys.put("app", "APP-" + r.nextInt(200));
            keys.put("rows", r.nextInt(1, 500));
            return new UsageFact(TYPES[r.nextInt(TYPES.length)], Instant.now(), org.substring(3).toLowerCase() + "_app",
                    org, keys);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        String[] defaults = {"jdbc", "jdbc:postgresql://127.0.0.1:5432/test", "user", "postgres", "password", "",
            "schema", "govdx_bench", "warmup", "100000", "appends", "700000", "drain", "200000", "publishers", "2",
            "per-tx", "100", "batch-size", "1000", "proof-leaves", "10000000", "proofs", "20000"};
        for (int i = 0; i < defaults.length; i += 2) {
            options.put(defaults[i], defaults[i + 1]);
        }
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new LedgerBench(options).run();
    }

    private long option(String name) {
        return Long.parseLong(options.get(name));
    }

    private void run() throws Exception {
        String schema = options.get("schema");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
            try (ResultSet rs = s.executeQuery("SELECT version(), current_setting('synchronous_commit'), "
                    + "current_setting('shared_buffers')")) {
                rs.next();
                System.out.printf("%s%nsynchronous_commit=%s shared_buffers=%s, %d CPUs, java %s%n",
                        rs.getString(1), rs.getString(2), rs.getString(3), Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"));
            }
        }
        // command-line arguments: they win over application.properties
        ConfigurableApplicationContext app = new SpringApplicationBuilder(GovdxApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + options.get("jdbc") + "?currentSchema=" + schema,
                "--spring.datasource.username=" + options.get("user"),
                "--spring.datasource.password=" + options.get("password"),
                "--spring.datasource.hikari.maximum-pool-size=8",
                "--spring.flyway.schemas=" + schema,
                "--spring.flyway.default-schema=" + schema,
                "--govdx.data-dir=govdx-server/target/bench-data",
                "--govdx.demo.enabled=false",
                "--govdx.ledger.jobs-enabled=false",
                "--govdx.ledger.batch-size=" + options.get("batch-size"),
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off");
        try {
            warmUp(app);
            appends(app);
            drain(app);
            audit(app);
            proofs(app);
        } finally {
            app.close();
        }
        print();
        if (!options.containsKey("keep")) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(options.get("jdbc"), options.get("user"), options.get("password"));
    }

    // ---- 0. warm-up: a running server has compiled its hot paths; these facts count in the tree, not in the figures

    private void warmUp(ConfigurableApplicationContext app) {
        long total = option("warmup");
        TransactionTemplate tx = app.getBean(TransactionTemplate.class);
        LedgerAppender appender = app.getBean(LedgerAppender.class);
        for (long done = 0; done < total; done += 100) {
            long first = done;
            tx.executeWithoutResult(status -> {
                for (long i = 0; i < Math.min(100, total - first); i++) {
                    app.publishEvent(UsageFact.random(first + i));
                }
            });
            if (done % 10_000 == 0) {
                appender.drain();
            }
        }
        appender.drain();
        System.out.printf("warm-up: %,d facts published and appended%n", total);
    }

    // ---- 1. sustained appends through the outbox

    private void appends(ConfigurableApplicationContext app) throws Exception {
        long total = option("appends");
        int publishers = (int) option("publishers");
        int perTx = (int) option("per-tx");
        ApplicationEventPublisher events = app;
        TransactionTemplate tx = app.getBean(TransactionTemplate.class);
        LedgerAppender appender = app.getBean(LedgerAppender.class);
        CheckpointSigner signer = app.getBean(CheckpointSigner.class);
        long start = treeSize(app);
        AtomicBoolean publishing = new AtomicBoolean(true);
        SearchIndexer indexer = app.getBean(SearchIndexer.class);
        ExecutorService pool = Executors.newFixedThreadPool(publishers + 3);
        long[] cpuBefore = cpu();
        long began = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int p = 0; p < publishers; p++) {
            long share = total / publishers + (p < total % publishers ? 1 : 0);
            work.add(pool.submit(() -> {
                for (long done = 0; done < share; done += perTx) {
                    long n = Math.min(perTx, share - done);
                    long first = done;
                    tx.executeWithoutResult(status -> {
                        for (long i = 0; i < n; i++) {
                            events.publishEvent(UsageFact.random(first + i));
                        }
                    });
                }
                return null;
            }));
        }
        // the production schedule: drain, pause 200 ms; checkpoint every 5 s
        Future<?> appending = pool.submit(() -> {
            while (treeSize(app) < start + total) {
                appender.drain();
                sleep(200);
            }
            return null;
        });
        Future<?> indexing = pool.submit(() -> {
            while (indexer.indexedSize() < start + total) {
                indexer.catchUp();
                sleep(200);
            }
            return null;
        });
        Future<?> signing = pool.submit(() -> {
            while (publishing.get()) {
                signer.signIfGrown();
                sleep(5000);
            }
            return null;
        });
        for (Future<?> f : work) {
            f.get();
        }
        long published = System.nanoTime();
        appending.get();
        long appended = System.nanoTime();
        long[] cpuAfter = cpu();
        indexing.get();
        long indexed = System.nanoTime();
        publishing.set(false);
        signing.get();
        pool.shutdown();
        signer.signIfGrown();
        double rate = total / seconds(began, appended);
        double publishRate = total / seconds(began, published);
        System.out.printf("appends: %,d facts by %d publishers (%d per transaction): published in %.1f s, "
                + "all in the tree after %.1f s, all searchable by key after %.1f s%n", total, publishers, perTx,
                seconds(began, published), seconds(began, appended), seconds(began, indexed));
        String cpu = cpuPerFact(cpuBefore, cpuAfter, total);
        System.out.println("appends: " + cpu);
        row("Appends through the outbox, sustained, " + String.format("%,d", total) + " facts (" + publishers + " publishers x " + perTx
                        + " facts/tx, appender + signer running)", "≥ 20,000/s", String.format("%,.0f/s", rate),
                String.format("%.1f× Trillian (~1,000/s), %.1f× Tessera (~3,000/s); %.2f× goal; %s", rate / TRILLIAN,
                        rate / TESSERA, rate / 20_000, cpu));
        row("  of which: publishing into the outbox", "-", String.format("%,.0f/s", publishRate), "");
        row("  search index (keys) caught up after", "-", String.format("%.1f s", seconds(began, indexed)),
                String.format("%.1f s behind the last append", seconds(appended, indexed)));
    }

    // ---- 2. the appender alone

    private void drain(ConfigurableApplicationContext app) throws Exception {
        long total = option("drain");
        int perTx = (int) option("per-tx");
        TransactionTemplate tx = app.getBean(TransactionTemplate.class);
        ApplicationEventPublisher events = app;
        for (long done = 0; done < total; done += perTx) {
            long n = Math.min(perTx, total - done);
            long first = done;
            tx.executeWithoutResult(status -> {
                for (long i = 0; i < n; i++) {
                    events.publishEvent(UsageFact.random(first + i));
                }
            });
        }
        LedgerAppender appender = app.getBean(LedgerAppender.class);
        long[] cpuBefore = cpu();
        long began = System.nanoTime();
        long appended = appender.drain();
        appended += appender.drain();
        long ended = System.nanoTime();
        String cpu = cpuPerFact(cpuBefore, cpu(), appended);
        app.getBean(CheckpointSigner.class).signIfGrown();
        SearchIndexer indexer = app.getBean(SearchIndexer.class);
        long[] indexCpuBefore = cpu();
        long indexBegan = System.nanoTime();
        long indexed = indexer.catchUp();
        long indexEnded = System.nanoTime();
        String indexCpu = cpuPerFact(indexCpuBefore, cpu(), Math.max(1, indexed));
        double rate = appended / seconds(began, ended);
        System.out.printf("drain: %,d leaves appended from a filled outbox in %.1f s; %s%n", appended,
                seconds(began, ended), cpu);
        row("Appender alone, draining a filled outbox of " + String.format("%,d", appended) + " facts (batch "
                + options.get("batch-size") + ")", "-",
                String.format("%,.0f/s", rate), String.format("%.1f× Trillian, %.1f× Tessera; %s", rate / TRILLIAN,
                        rate / TESSERA, cpu));
        System.out.printf("index: %,d leaves indexed for search in %.1f s; %s%n", indexed,
                seconds(indexBegan, indexEnded), indexCpu);
        row("Search indexer alone, catching up " + String.format("%,d", indexed) + " leaves", "-",
                String.format("%,.0f/s", indexed / seconds(indexBegan, indexEnded)), indexCpu);
    }

    // ---- 3. full audit

    private void audit(ConfigurableApplicationContext app) {
        Ledger ledger = app.getBean(Ledger.class);
        long began = System.nanoTime();
        LedgerAuditReport report = ledger.audit();
        long ended = System.nanoTime();
        if (!report.ok()) {
            throw new IllegalStateException("audit failed: " + report);
        }
        double secs = seconds(began, ended);
        System.out.printf("audit: %,d entries and %d checkpoints in %.1f s%n", report.checkedEntries(),
                report.checkedCheckpoints(), secs);
        row(String.format("Full audit of %,d entries (%d checkpoints)", report.checkedEntries(),
                report.checkedCheckpoints()), "< 30 s", String.format("%.1f s", secs),
                String.format("%.1f× faster than the goal; %,.0f entries/s", 30 / secs, report.checkedEntries() / secs));
    }

    // ---- 4. inclusion proofs at 10 million leaves

    private void proofs(ConfigurableApplicationContext app) throws Exception {
        long target = option("proof-leaves");
        if (target <= 0) {
            return;
        }
        long size = treeSize(app);
        if (size < target) {
            bulkLoad(app, size, target);
        }
        Ledger ledger = app.getBean(Ledger.class);
        SignedCheckpoint checkpoint = app.getBean(CheckpointSigner.class).signIfGrown()
                .or(ledger::latestCheckpoint).orElseThrow();
        target = checkpoint.treeSize();
        MerkleHasher hasher = app.getBean(MerkleHasher.class);
        Checkpoint opened = Checkpoint.open(checkpoint.note(), VerifierKey.parse(ledger.publicKey()));
        ProofVerifier verifier = new ProofVerifier(hasher);
        SplittableRandom random = new SplittableRandom(42);
        int count = (int) option("proofs");
        for (int i = 0; i < 2000; i++) {
            ledger.inclusionProof(random.nextLong(target), null);
        }
        long[] nanos = new long[count];
        long[] indexes = new long[count];
        for (int i = 0; i < count; i++) {
            indexes[i] = random.nextLong(target);
            long t0 = System.nanoTime();
            ledger.inclusionProof(indexes[i], null);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElseThrow() / 1e6;
        double p50 = nanos[count / 2] / 1e6;
        double p99 = nanos[(int) (count * 0.99)] / 1e6;
        // the proofs are genuine: they verify against the signed root
        for (int i = 0; i < 200; i++) {
            long index = indexes[i];
            LedgerInclusionProof proof = ledger.inclusionProof(index, null);
            byte[] leafHash = hasher.leafHash(ledger.entry(index).data().getBytes(StandardCharsets.UTF_8));
            verifier.verifyInclusion(index, proof.treeSize(), leafHash,
                    proof.hashes().stream().map(HexFormat.of()::parseHex).toList(), opened.rootHash());
        }
        long c0 = System.nanoTime();
        for (int i = 0; i < 2000; i++) {
            ledger.consistencyProof(random.nextLong(1, target), null);
        }
        double consistency = (System.nanoTime() - c0) / 2000 / 1e6;
        System.out.printf("proofs: %,d inclusion proofs at tree size %,d: mean %.3f ms, p50 %.3f ms, p99 %.3f ms, "
                + "max %.3f ms; 200 verified against the signed checkpoint%n", count, opened.size(), mean, p50, p99,
                nanos[count - 1] / 1e6);
        row(String.format("Inclusion proof at %,d leaves (mean / p50 / p99 over %,d random leaves)", target, count),
                "< 1 ms", String.format("%.3f / %.3f / %.3f ms", mean, p50, p99),
                String.format("%.1f× under the goal (mean)", 1 / mean));
        row(String.format("Consistency proof at %,d leaves (mean of 2,000)", target), "-",
                String.format("%.3f ms", consistency), "");
    }

    /**
     * Extends the stored tree from {@code from} to {@code to} leaves with COPY: genuine leaves and subtree
     * hashes, computed with the ledger's own frontier from the stored right edge.
     */
    private void bulkLoad(ConfigurableApplicationContext app, long from, long to) throws Exception {
        MerkleHasher hasher = app.getBean(MerkleHasher.class);
        DataSource dataSource = app.getBean(DataSource.class);
        long began = System.nanoTime();
        Frontier frontier;
        try (Connection c = dataSource.getConnection()) {
            Map<Long, byte[]> edge = new HashMap<>();
            for (long id : Frontier.edgeIds(from)) {
                boolean leaf = (id & 63) == 0;
                try (PreparedStatement ps = c.prepareStatement(leaf
                        ? "SELECT leaf_hash FROM ledger_leaf WHERE idx = ?" : "SELECT hash FROM ledger_node WHERE id = ?")) {
                    ps.setLong(1, leaf ? id >>> 6 : id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        edge.put(id, rs.getBytes(1));
                    }
                }
            }
            frontier = Frontier.of(hasher, from, edge);
        }
        HexFormat hex = HexFormat.of();
        try (Connection leafConnection = dataSource.getConnection(); Connection nodeConnection = dataSource.getConnection()) {
            CopyIn leaves = leafConnection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY ledger_leaf (idx, type, occurred_at, actor, org_code, data, leaf_hash) FROM STDIN");
            CopyIn nodes = nodeConnection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY ledger_node (id, hash) FROM STDIN");
            ByteArrayOutputStream leafBuffer = new ByteArrayOutputStream(1 << 20);
            ByteArrayOutputStream nodeBuffer = new ByteArrayOutputStream(1 << 20);
            Instant base = Instant.parse("2026-01-01T00:00:00Z");
            for (long index = from; index < to; index++) {
                UsageFact fact = UsageFact.random(index);
                Instant time = base.plusMillis(index);
                Map<String, Object> leaf = new LinkedHashMap<>();
                leaf.put("type", fact.type());
                leaf.put("time", TIME.format(time));
                leaf.put("actor", fact.actor());
                leaf.put("org", fact.orgCode());
                leaf.put("keys", fact.keys());
                String data = CanonicalJson.write(leaf);
                byte[] leafHash = hasher.leafHash(data.getBytes(StandardCharsets.UTF_8));
                frontier.append(leafHash, (id, hash) -> nodeBuffer.writeBytes(
                        (id + "\t\\\\x" + hex.formatHex(hash) + "\n").getBytes(StandardCharsets.US_ASCII)));
                leafBuffer.writeBytes((index + "\t" + fact.type() + "\t" + time.toString().replace('T', ' ')
                        .replace("Z", "") + "\t" + fact.actor() + "\t" + fact.orgCode() + "\t" + copyText(data)
                        + "\t\\\\x" + hex.formatHex(leafHash) + "\n").getBytes(StandardCharsets.UTF_8));
                if (leafBuffer.size() > (1 << 20)) {
                    leaves.writeToCopy(leafBuffer.toByteArray(), 0, leafBuffer.size());
                    leafBuffer.reset();
                    nodes.writeToCopy(nodeBuffer.toByteArray(), 0, nodeBuffer.size());
                    nodeBuffer.reset();
                }
                if ((index + 1) % 1_000_000 == 0) {
                    System.out.printf("  bulk load: %,d leaves (%.0f s)%n", index + 1, seconds(began, System.nanoTime()));
                }
            }
            leaves.writeToCopy(leafBuffer.toByteArray(), 0, leafBuffer.size());
            nodes.writeToCopy(nodeBuffer.toByteArray(), 0, nodeBuffer.size());
            leaves.endCopy();
            nodes.endCopy();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE ledger_state SET tree_size = " + to + " WHERE id = 1");
        }
        System.out.printf("bulk load: %,d leaves and their subtree hashes in %.0f s%n", to - from,
                seconds(began, System.nanoTime()));
        // what autovacuum does to a running ledger's insert-only tables: without it the timed proofs
        // would be the first readers of freshly copied pages and pay for setting their hint bits
        long vacuum = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE ledger_leaf");
            s.execute("VACUUM ANALYZE ledger_node");
        }
        System.out.printf("vacuum analyze of the bulk-loaded tables: %.0f s%n", seconds(vacuum, System.nanoTime()));
    }

    private static String copyText(String data) {
        return data.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** CPU used so far by this JVM and by all PostgreSQL server processes on this host, in nanoseconds. */
    private static long[] cpu() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        long pg = 0;
        java.io.File[] procs = new java.io.File("/proc").listFiles((d, n) -> n.chars().allMatch(Character::isDigit));
        for (java.io.File proc : procs == null ? new java.io.File[0] : procs) {
            try {
                String stat = java.nio.file.Files.readString(proc.toPath().resolve("stat"));
                if (stat.contains("(postgres)")) {
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    pg += (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L; // clock ticks of 10 ms
                }
            } catch (java.io.IOException | RuntimeException gone) {
                // the process ended meanwhile
            }
        }
        return new long[] {jvm, pg};
    }

    /** "JVM a µs + PostgreSQL b µs CPU per fact" between two {@link #cpu()} readings. */
    private static String cpuPerFact(long[] before, long[] after, long facts) {
        return String.format("CPU per fact: JVM %.0f µs + PostgreSQL %.0f µs", (after[0] - before[0]) / 1e3 / facts,
                (after[1] - before[1]) / 1e3 / facts);
    }

    private static long treeSize(ConfigurableApplicationContext app) {
        return app.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("SELECT tree_size FROM ledger_state WHERE id = 1", Long.class);
    }

    private static double seconds(long from, long to) {
        return Duration.ofNanos(to - from).toNanos() / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void row(String what, String goal, String measured, String ratio) {
        rows.add(new String[] {what, goal, measured, ratio});
    }

    private void print() {
        System.out.println();
        System.out.println("| measure | goal | measured | ratio |");
        System.out.println("|---|---|---|---|");
        for (String[] r : rows) {
            System.out.println(String.format(Locale.ROOT, "| %s | %s | %s | %s |", (Object[]) r));
        }
    }
}

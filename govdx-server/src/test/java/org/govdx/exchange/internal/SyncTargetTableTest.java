package org.govdx.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.govdx.catalog.ItemDataType;
import org.govdx.source.SourceConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The target table on H2 (MERGE … KEY), the canonical batch content and the checkpoint key encoding. */
class SyncTargetTableTest {

    private static SourceConnection h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        return new SourceConnection(1, 1, name, ds, "H2", "\"");
    }

    private static List<SyncTargetTable.Column> columns() {
        return List.of(new SyncTargetTable.Column("rid", ItemDataType.INTEGER, null),
                new SyncTargetTable.Column("name", ItemDataType.STRING, 20),
                new SyncTargetTable.Column("income", ItemDataType.DECIMAL, null),
                new SyncTargetTable.Column("birth_date", ItemDataType.DATE, null),
                new SyncTargetTable.Column("updated", ItemDataType.DATETIME, null),
                new SyncTargetTable.Column("alive", ItemDataType.BOOLEAN, null));
    }

    @Test
    void anH2TargetIsCreatedAndABatchDeliveredTwiceLeavesOneRowPerKey() throws Exception {
        SourceConnection target = h2("synctarget1");
        SyncTargetTable table = new SyncTargetTable(target, "copy_t", columns(), "rid");
        table.ensure();
        table.ensure();
        List<Object[]> rows = new ArrayList<>();
        for (long i = 1; i <= 1200; i++) {
            rows.add(new Object[] {i, "张*" + i, new BigDecimal("10.25"), "1990-03-07", "2024-05-01T08:30",
                    i % 2 == 0 ? Boolean.TRUE : null});
        }
        table.upsert(rows);
        rows.set(0, new Object[] {1L, "改名", null, null, null, false});
        table.upsert(rows);
        try (Connection c = target.dataSource().getConnection(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT \"rid\") FROM \"copy_t\"");
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1200);
            assertThat(rs.getLong(2)).isEqualTo(1200);
            rs = s.executeQuery("SELECT \"name\", \"income\", \"updated\" FROM \"copy_t\" WHERE \"rid\" IN (1, 2) ORDER BY \"rid\"");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("改名");
            assertThat(rs.getBigDecimal(2)).isNull();
            rs.next();
            assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("10.25");
            assertThat(rs.getTimestamp(3)).isEqualTo(Timestamp.valueOf(LocalDateTime.of(2024, 5, 1, 8, 30)));
        }
    }

    @Test
    void anExistingTableWithoutTheColumnsIsRefused() throws Exception {
        SourceConnection target = h2("synctarget2");
        try (Connection c = target.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"other\" (\"rid\" BIGINT PRIMARY KEY)");
        }
        assertThatThrownBy(() -> new SyncTargetTable(target, "other", columns(), "rid").ensure())
                .isInstanceOf(SyncFailure.class).hasMessage("SYNC_TARGET_TABLE_MISMATCH");
    }

    @Test
    void theUpsertIsWrittenForEachDatabase() {
        List<SyncTargetTable.Column> cols = List.of(new SyncTargetTable.Column("k", ItemDataType.STRING, 18),
                new SyncTargetTable.Column("v", ItemDataType.STRING, 10));
        assertThat(new SyncTargetTable(new SourceConnection(1, 1, "pg", null, "PostgreSQL", "\""), "s.t", cols, "k")
                .upsertSql(2)).isEqualTo("INSERT INTO \"s\".\"t\" (\"k\", \"v\") VALUES (?, ?), (?, ?) "
                + "ON CONFLICT (\"k\") DO UPDATE SET \"v\" = EXCLUDED.\"v\"");
        assertThat(new SyncTargetTable(new SourceConnection(1, 1, "my", null, "MariaDB", "`"), "t", cols, "k")
                .upsertSql(1)).isEqualTo("INSERT INTO `t` (`k`, `v`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `v` = VALUES(`v`)");
        assertThat(new SyncTargetTable(new SourceConnection(1, 1, "my", null, "MariaDB", "`"), "t", cols, "k")
                .createSql()).isEqualTo("CREATE TABLE `t` (`k` VARCHAR(18) NOT NULL, `v` VARCHAR(10), PRIMARY KEY (`k`)) "
                + "DEFAULT CHARSET=utf8mb4");
    }

    @Test
    void theBatchContentIsCanonicalAndKeysRoundTrip() {
        SyncBatchContent content = new SyncBatchContent();
        content.row(new Object[] {3L, "张*\"x\"", new BigDecimal("1E+3"), true, null, new byte[] {1, (byte) 0xab}});
        String text = new String(content.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("[3,\"张*\\\"x\\\"\",1000,true,null,\"01ab\"]\n");
        assertThat(SyncBatchContent.sm3Hex(content.bytes())).hasSize(64);
        for (Object key : List.of(42L, 7, new BigDecimal("1.50"), "640502199003077777",
                java.sql.Date.valueOf("2024-01-02"), Timestamp.valueOf("2024-01-02 03:04:05.123"))) {
            Object back = SyncKeys.decode(SyncKeys.encode(key));
            assertThat(back.toString()).isEqualTo(key.toString());
        }
    }
}

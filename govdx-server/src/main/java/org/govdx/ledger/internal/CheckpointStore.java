package org.govdx.ledger.internal;

import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.govdx.ledger.SignedCheckpoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code ledger_checkpoint} table: one signed checkpoint per tree size, never changed. */
@Repository
class CheckpointStore {

    private static final HexFormat HEX = HexFormat.of();
    private final JdbcClient jdbc;

    CheckpointStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(SignedCheckpoint checkpoint) {
        jdbc.sql("INSERT INTO ledger_checkpoint (tree_size, root_hash, signed_at, note) VALUES (?, ?, ?, ?)")
                .params(checkpoint.treeSize(), HEX.parseHex(checkpoint.rootHash()),
                        Timestamp.from(checkpoint.signedAt()), checkpoint.note())
                .update();
    }

    /** The checkpoint of the largest tree. */
    Optional<SignedCheckpoint> latest() {
        return jdbc.sql("SELECT tree_size, root_hash, signed_at, note FROM ledger_checkpoint ORDER BY tree_size DESC LIMIT 1")
                .query(CheckpointStore::map).optional();
    }

    /** The size of the largest signed tree, -1 when nothing is signed yet. */
    long latestSize() {
        return jdbc.sql("SELECT COALESCE(MAX(tree_size), -1) FROM ledger_checkpoint").query(Long.class).single();
    }

    /** Checkpoints with {@code after < tree size <= upTo} by size, at most {@code limit}. */
    List<SignedCheckpoint> page(long after, long upTo, int limit) {
        return jdbc.sql("""
                SELECT tree_size, root_hash, signed_at, note FROM ledger_checkpoint
                WHERE tree_size > ? AND tree_size <= ? ORDER BY tree_size LIMIT ?""")
                .params(after, upTo, limit)
                .query(CheckpointStore::map).list();
    }

    /** Checkpoints beyond {@code size} (the audit reports them: they sign leaves that are not stored). */
    Optional<SignedCheckpoint> firstBeyond(long size) {
        return jdbc.sql("SELECT tree_size, root_hash, signed_at, note FROM ledger_checkpoint WHERE tree_size > ? "
                        + "ORDER BY tree_size LIMIT 1")
                .param(size).query(CheckpointStore::map).optional();
    }

    private static SignedCheckpoint map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new SignedCheckpoint(rs.getLong("tree_size"), HEX.formatHex(rs.getBytes("root_hash")),
                rs.getTimestamp("signed_at").toInstant(), rs.getString("note"));
    }
}

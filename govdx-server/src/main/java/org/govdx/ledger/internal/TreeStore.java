package org.govdx.ledger.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The tree's tables: {@code ledger_state} (the size), {@code ledger_leaf} and {@code ledger_node} (stored
 * subtree hashes, see {@link NodeIds}). Rows are only ever inserted.
 * Inserts go out as multi-row statements ({@link MultiRowInsert}).
 */
@Repository
class TreeStore {

    /** A leaf to insert or as read back. */
    record Leaf(long index, LeafRecord record, byte[] leafHash) {
    }

    /** A stored leaf as the audit reads it. */
    record StoredLeaf(long index, String data, byte[] leafHash) {
    }

    /** A stored subtree hash. */
    record Node(long id, byte[] hash) {
    }

    private static final int IDS_PER_SELECT = 500;

    private final JdbcTemplate jdbc;
    private final MultiRowInsert inserts;

    TreeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.inserts = new MultiRowInsert(jdbc);
    }

    /** The committed tree size, locking the state row until the transaction ends (appenders queue here). */
    long lockSize() {
        return jdbc.queryForObject("SELECT tree_size FROM ledger_state WHERE id = 1 FOR UPDATE", Long.class);
    }

    /** The committed tree size. */
    long size() {
        return jdbc.queryForObject("SELECT tree_size FROM ledger_state WHERE id = 1", Long.class);
    }

    void setSize(long size) {
        jdbc.update("UPDATE ledger_state SET tree_size = ? WHERE id = 1", size);
    }

    void insertLeaves(List<Leaf> leaves) {
        inserts.insert("ledger_leaf", "idx, type, occurred_at, actor, org_code, data, leaf_hash, search_keys", 8, leaves,
                (ps, i, leaf) -> {
                    LeafRecord r = leaf.record();
                    ps.setLong(i, leaf.index());
                    ps.setString(i + 1, r.type());
                    ps.setTimestamp(i + 2, Timestamp.from(r.occurredAt()));
                    MultiRowInsert.setText(ps, i + 3, r.actor());
                    MultiRowInsert.setText(ps, i + 4, r.orgCode());
                    ps.setString(i + 5, r.data());
                    ps.setBytes(i + 6, leaf.leafHash());
                    MultiRowInsert.setText(ps, i + 7, LeafRecord.joinKeys(r.searchKeys()));
                });
    }

    void insertNodes(List<Node> nodes) {
        inserts.insert("ledger_node", "id, hash", 2, nodes, (ps, i, node) -> {
            ps.setLong(i, node.id());
            ps.setBytes(i + 1, node.hash());
        });
    }

    /** Stored hashes by key, leaves (level 0) and subtrees alike; missing keys are absent from the map. */
    Map<Long, byte[]> hashes(long[] ids) {
        Map<Long, byte[]> found = new HashMap<>();
        List<Long> leaves = new ArrayList<>();
        List<Long> nodes = new ArrayList<>();
        for (long id : ids) {
            (NodeIds.level(id) == 0 ? leaves : nodes).add(id);
        }
        for (int from = 0; from < Math.max(leaves.size(), nodes.size()); from += IDS_PER_SELECT) {
            List<Long> leafChunk = leaves.subList(Math.min(from, leaves.size()), Math.min(leaves.size(), from + IDS_PER_SELECT));
            List<Long> nodeChunk = nodes.subList(Math.min(from, nodes.size()), Math.min(nodes.size(), from + IDS_PER_SELECT));
            readHashes(leafChunk, nodeChunk, found);
        }
        return found;
    }

    // One round trip for both tables: a proof's hashes come back in a single query.
    private void readHashes(List<Long> leafIds, List<Long> nodeIds, Map<Long, byte[]> into) {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (!nodeIds.isEmpty()) {
            sql.append("SELECT id, hash FROM ledger_node WHERE id IN (")
                    .append(MultiRowInsert.placeholders(nodeIds.size())).append(')');
            args.addAll(nodeIds);
        }
        if (!leafIds.isEmpty()) {
            if (!sql.isEmpty()) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT idx * 64 AS id, leaf_hash AS hash FROM ledger_leaf WHERE idx IN (")
                    .append(MultiRowInsert.placeholders(leafIds.size())).append(')');
            leafIds.forEach(id -> args.add(id >>> 6));
        }
        if (sql.isEmpty()) {
            return;
        }
        jdbc.query(sql.toString(), rs -> {
            into.put(rs.getLong(1), rs.getBytes(2));
        }, args.toArray());
    }

    /** Leaves {@code from <= index < to} in index order, at most {@code limit} of them. */
    List<StoredLeaf> leaves(long from, long to, int limit) {
        return jdbc.query("SELECT idx, data, leaf_hash FROM ledger_leaf WHERE idx >= ? AND idx < ? ORDER BY idx LIMIT ?",
                (rs, n) -> new StoredLeaf(rs.getLong(1), rs.getString(2), rs.getBytes(3)), from, to, limit);
    }

    /** Stored subtree hashes with {@code after < id < before} in key order, at most {@code limit}. */
    List<Node> nodes(long after, long before, int limit) {
        return jdbc.query("SELECT id, hash FROM ledger_node WHERE id > ? AND id < ? ORDER BY id LIMIT ?",
                (rs, n) -> new Node(rs.getLong(1), rs.getBytes(2)), after, before, limit);
    }
}

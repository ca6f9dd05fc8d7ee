package org.govdx.catalog.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.CatalogStatus;
import org.govdx.catalog.CatalogVersionView.CatalogHistoryEntry;
import org.govdx.catalog.DataGrade;
import org.govdx.catalog.ItemDataType;
import org.govdx.catalog.OpenType;
import org.govdx.catalog.ResourceFormat;
import org.govdx.catalog.ShareMode;
import org.govdx.catalog.ShareType;
import org.govdx.catalog.UpdateCycle;
import org.govdx.common.masking.MaskingRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Persistence of entries, versions, items and history; the only class that knows the catalog tables. */
@Repository
class CatalogStore {

    private static final String VERSION_COLUMNS = """
            v.id, v.entry_id, v.version, v.status, v.name, v.summary, v.classification_code, v.format, v.share_type,
            v.share_condition, v.legal_basis, v.share_mode, v.open_type, v.open_condition, v.update_cycle, v.grade,
            v.tags, v.related_codes, v.created_at, v.created_by, v.updated_at, v.submitted_at, v.submitted_by,
            v.review_due, v.confidentiality_risk_assessed, v.personal_info_impact_assessed, v.approved_by,
            v.reviewed_at, v.reviewed_by, v.review_comment, v.published_at, v.publish_date""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CatalogStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** An entry row. */
    record EntryRow(long id, String code, long providerOrgId, String providerOrgCode, CatalogStatus status,
                    Integer publishedVersion, int latestVersion, String withdrawReason, Instant createdAt,
                    Instant updatedAt) {
    }

    /** A version row with its items. */
    record VersionRow(long id, long entryId, int version, CatalogStatus status, EntryContent content,
                      Instant createdAt, String createdBy, Instant updatedAt, Instant submittedAt, String submittedBy,
                      LocalDate reviewDue, Boolean confidentialityRiskAssessed, Boolean personalInfoImpactAssessed,
                      String approvedBy, Instant reviewedAt, String reviewedBy, String reviewComment,
                      Instant publishedAt, LocalDate publishDate) {
    }

    // ---- sequence and index token -------------------------------------------------------------

    /** The next sequence number of a classification; the row lock serialises concurrent creators. */
    long nextSequence(String classificationCode) {
        int updated = jdbc.sql("UPDATE catalog_classification SET next_sequence = next_sequence + 1 WHERE code = ?")
                .param(classificationCode).update();
        if (updated != 1) {
            throw new IllegalStateException("unknown classification " + classificationCode);
        }
        return jdbc.sql("SELECT next_sequence - 1 FROM catalog_classification WHERE code = ?")
                .param(classificationCode).query(Long.class).single();
    }

    /** The token naming this database to the search index, created on first use. */
    String indexToken() {
        Optional<String> token = jdbc.sql("SELECT token FROM catalog_index_state WHERE id = 1")
                .query(String.class).optional();
        if (token.isPresent()) {
            return token.get();
        }
        String created = java.util.UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO catalog_index_state (id, token) VALUES (1, ?)").param(created).update();
        return created;
    }

    // ---- entries ------------------------------------------------------------------------------

    long insertEntry(String code, long providerOrgId, String providerOrgCode, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        template.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    INSERT INTO catalog_entry (code, provider_org_id, provider_org_code, status, latest_version,
                                               created_at, updated_at)
                    VALUES (?, ?, ?, 'DRAFT', 1, ?, ?)""", new String[] {"id"});
            ps.setString(1, code);
            ps.setLong(2, providerOrgId);
            ps.setString(3, providerOrgCode);
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setTimestamp(5, Timestamp.from(now));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    Optional<EntryRow> findEntry(long id) {
        return jdbc.sql("SELECT * FROM catalog_entry WHERE id = ?").param(id).query(CatalogStore::entry).optional();
    }

    /** The entry, locked until the end of the transaction so that transitions never interleave. */
    Optional<EntryRow> lockEntry(long id) {
        return jdbc.sql("SELECT * FROM catalog_entry WHERE id = ? FOR UPDATE").param(id)
                .query(CatalogStore::entry).optional();
    }

    Optional<EntryRow> findEntryByCode(String code) {
        return jdbc.sql("SELECT * FROM catalog_entry WHERE code = ?").param(code).query(CatalogStore::entry).optional();
    }

    boolean codeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM catalog_entry WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    List<EntryRow> entries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM catalog_entry WHERE id IN (:ids)").param("ids", ids)
                .query(CatalogStore::entry).list();
    }

    List<Long> allEntryIds() {
        return jdbc.sql("SELECT id FROM catalog_entry ORDER BY id").query(Long.class).list();
    }

    /** When the newest change to any entry happened, in epoch milliseconds; 0 without entries. */
    long lastChange() {
        Timestamp last = jdbc.sql("SELECT MAX(updated_at) FROM catalog_entry").query(Timestamp.class).optional()
                .orElse(null);
        return last == null ? 0 : last.getTime();
    }

    long entryCount() {
        return jdbc.sql("SELECT COUNT(*) FROM catalog_entry").query(Long.class).single();
    }

    void updateEntry(long id, String code, CatalogStatus status, Integer publishedVersion, int latestVersion,
                     String withdrawReason, Instant now) {
        jdbc.sql("""
                UPDATE catalog_entry SET code = ?, status = ?, published_version = ?, latest_version = ?,
                       withdraw_reason = ?, updated_at = ? WHERE id = ?""")
                .params(code, status.name(), publishedVersion, latestVersion, withdrawReason, Timestamp.from(now), id)
                .update();
    }

    /** Published entries per provider org id. */
    Map<Long, List<Long>> publishedEntriesByProvider() {
        Map<Long, List<Long>> map = new LinkedHashMap<>();
        jdbc.sql("SELECT provider_org_id, id FROM catalog_entry WHERE published_version IS NOT NULL "
                        + "AND status <> 'WITHDRAWN' ORDER BY provider_org_id, id")
                .query((RowCallbackHandler) rs ->
                        map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)));
        return map;
    }

    // ---- versions -----------------------------------------------------------------------------

    long insertVersion(long entryId, int version, CatalogStatus status, EntryContent c, Instant now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        template.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    INSERT INTO catalog_entry_version (entry_id, version, status, name, summary, classification_code,
                        format, share_type, share_condition, legal_basis, share_mode, open_type, open_condition,
                        update_cycle, grade, tags, related_codes, created_at, created_by, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setLong(1, entryId);
            ps.setInt(2, version);
            ps.setString(3, status.name());
            setContent(ps, 4, c);
            ps.setTimestamp(18, Timestamp.from(now));
            ps.setString(19, actor);
            ps.setTimestamp(20, Timestamp.from(now));
            return ps;
        }, keys);
        long versionId = keys.getKey().longValue();
        insertItems(versionId, c.items());
        return versionId;
    }

    void updateContent(long versionId, EntryContent c, Instant now) {
        template.update("""
                UPDATE catalog_entry_version SET name = ?, summary = ?, classification_code = ?, format = ?,
                    share_type = ?, share_condition = ?, legal_basis = ?, share_mode = ?, open_type = ?,
                    open_condition = ?, update_cycle = ?, grade = ?, tags = ?, related_codes = ?, updated_at = ?
                WHERE id = ?""", ps -> {
            setContent(ps, 1, c);
            ps.setTimestamp(15, Timestamp.from(now));
            ps.setLong(16, versionId);
        });
        jdbc.sql("DELETE FROM catalog_item WHERE version_id = ?").param(versionId).update();
        insertItems(versionId, c.items());
    }

    private static void setContent(PreparedStatement ps, int first, EntryContent c) throws SQLException {
        int i = first;
        ps.setString(i++, c.name());
        ps.setString(i++, c.summary());
        ps.setString(i++, c.classification());
        ps.setString(i++, c.format().name());
        ps.setString(i++, c.shareType().name());
        ps.setString(i++, c.shareCondition());
        ps.setString(i++, c.legalBasis());
        ps.setString(i++, c.shareMode() == null ? null : c.shareMode().name());
        ps.setString(i++, c.openType().name());
        ps.setString(i++, c.openCondition());
        ps.setString(i++, c.updateCycle().name());
        ps.setString(i++, c.grade().name());
        ps.setString(i++, lines(c.tags()));
        ps.setString(i, lines(c.relatedCodes()));
    }

    private void insertItems(long versionId, List<CatalogItemView> itemList) {
        List<Map.Entry<Integer, CatalogItemView>> items = new ArrayList<>();
        for (int i = 0; i < itemList.size(); i++) {
            items.add(Map.entry(i, itemList.get(i)));
        }
        template.batchUpdate("""
                INSERT INTO catalog_item (version_id, position, code, name, data_type, length, description, grade,
                                          masking_rule, masking_params, key_item)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", items, 500, (ps, positioned) -> {
            CatalogItemView item = positioned.getValue();
            ps.setLong(1, versionId);
            ps.setInt(2, positioned.getKey());
            ps.setString(3, item.code());
            ps.setString(4, item.name());
            ps.setString(5, item.dataType().name());
            if (item.length() == null) {
                ps.setNull(6, java.sql.Types.INTEGER);
            } else {
                ps.setInt(6, item.length());
            }
            ps.setString(7, item.description());
            ps.setString(8, item.grade().name());
            ps.setString(9, item.maskingRule().name());
            ps.setString(10, item.maskingParams());
            ps.setBoolean(11, item.key());
        });
    }

    void setVersionStatus(long versionId, CatalogStatus status, Instant now) {
        jdbc.sql("UPDATE catalog_entry_version SET status = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), Timestamp.from(now), versionId).update();
    }

    void markSubmitted(long versionId, Instant now, String actor, LocalDate reviewDue, boolean riskAssessed,
                       boolean piAssessed, String approvedBy) {
        jdbc.sql("""
                UPDATE catalog_entry_version SET status = 'SUBMITTED', submitted_at = ?, submitted_by = ?,
                    review_due = ?, confidentiality_risk_assessed = ?, personal_info_impact_assessed = ?,
                    approved_by = ?, updated_at = ? WHERE id = ?""")
                .params(Timestamp.from(now), actor, Date.valueOf(reviewDue), riskAssessed, piAssessed, approvedBy,
                        Timestamp.from(now), versionId)
                .update();
    }

    void markReviewed(long versionId, CatalogStatus status, Instant now, String reviewer, String comment,
                      LocalDate publishDate) {
        jdbc.sql("""
                UPDATE catalog_entry_version SET status = ?, reviewed_at = ?, reviewed_by = ?, review_comment = ?,
                    published_at = ?, publish_date = ?, updated_at = ? WHERE id = ?""")
                .params(status.name(), Timestamp.from(now), reviewer, comment,
                        publishDate == null ? null : Timestamp.from(now),
                        publishDate == null ? null : Date.valueOf(publishDate), Timestamp.from(now), versionId)
                .update();
    }

    Optional<VersionRow> findVersion(long entryId, int version) {
        List<VersionRow> rows = versions("v.entry_id = ? AND v.version = ?", entryId, version);
        return rows.stream().findFirst();
    }

    List<VersionRow> versionsOf(long entryId) {
        return versions("v.entry_id = ?", entryId);
    }

    /** The given versions (entry id → version number) with their items, in one pass per table. */
    Map<Long, VersionRow> versionsFor(Map<Long, Integer> wanted) {
        Map<Long, VersionRow> result = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return result;
        }
        List<Long> ids = new ArrayList<>(wanted.keySet());
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            List<VersionRow> rows = jdbc.sql("SELECT " + VERSION_COLUMNS
                            + " FROM catalog_entry_version v WHERE v.entry_id IN (:ids)")
                    .param("ids", chunk).query(CatalogStore::versionWithoutItems).list();
            List<VersionRow> picked = rows.stream().filter(v -> wanted.get(v.entryId()) == v.version()).toList();
            Map<Long, List<CatalogItemView>> items = itemsOf(picked.stream().map(VersionRow::id).toList());
            for (VersionRow v : picked) {
                result.put(v.entryId(), withItems(v, items.getOrDefault(v.id(), List.of())));
            }
        }
        return result;
    }

    /** Submitted versions waiting for review, the earliest due first. */
    List<VersionRow> submitted() {
        return versions("v.status = 'SUBMITTED'");
    }

    private List<VersionRow> versions(String where, Object... params) {
        List<VersionRow> rows = jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM catalog_entry_version v WHERE " + where
                        + " ORDER BY v.entry_id, v.version")
                .params(Arrays.asList(params)).query(CatalogStore::versionWithoutItems).list();
        Map<Long, List<CatalogItemView>> items = itemsOf(rows.stream().map(VersionRow::id).toList());
        return rows.stream().map(v -> withItems(v, items.getOrDefault(v.id(), List.of()))).toList();
    }

    private Map<Long, List<CatalogItemView>> itemsOf(List<Long> versionIds) {
        Map<Long, List<CatalogItemView>> map = new LinkedHashMap<>();
        for (int from = 0; from < versionIds.size(); from += 500) {
            List<Long> chunk = versionIds.subList(from, Math.min(versionIds.size(), from + 500));
            jdbc.sql("SELECT * FROM catalog_item WHERE version_id IN (:ids) ORDER BY version_id, position")
                    .param("ids", chunk)
                    .query((RowCallbackHandler) rs -> {
                            int length = rs.getInt("length");
                            Integer len = rs.wasNull() ? null : length;
                            map.computeIfAbsent(rs.getLong("version_id"), k -> new ArrayList<>()).add(
                                    new CatalogItemView(rs.getString("code"), rs.getString("name"),
                                            ItemDataType.valueOf(rs.getString("data_type")), len,
                                            rs.getString("description"), DataGrade.valueOf(rs.getString("grade")),
                                            MaskingRule.valueOf(rs.getString("masking_rule")),
                                            rs.getString("masking_params"), rs.getBoolean("key_item")));
                    });
        }
        return map;
    }

    private static VersionRow withItems(VersionRow v, List<CatalogItemView> items) {
        EntryContent c = v.content();
        EntryContent full = new EntryContent(c.name(), c.summary(), c.classification(), c.format(), c.shareType(),
                c.shareCondition(), c.legalBasis(), c.shareMode(), c.openType(), c.openCondition(), c.updateCycle(),
                c.grade(), c.tags(), c.relatedCodes(), List.copyOf(items));
        return new VersionRow(v.id(), v.entryId(), v.version(), v.status(), full, v.createdAt(), v.createdBy(),
                v.updatedAt(), v.submittedAt(), v.submittedBy(), v.reviewDue(), v.confidentialityRiskAssessed(),
                v.personalInfoImpactAssessed(), v.approvedBy(), v.reviewedAt(), v.reviewedBy(), v.reviewComment(),
                v.publishedAt(), v.publishDate());
    }

    // ---- history ------------------------------------------------------------------------------

    void history(long entryId, int version, String action, String actor, String actorOrgCode, Instant at,
                 String comment) {
        jdbc.sql("""
                INSERT INTO catalog_entry_history (entry_id, version, action, actor, actor_org_code, occurred_at, comment)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(entryId, version, action, actor, actorOrgCode, Timestamp.from(at), comment).update();
    }

    /** History per version number of an entry, oldest first. */
    Map<Integer, List<CatalogHistoryEntry>> historyOf(long entryId) {
        Map<Integer, List<CatalogHistoryEntry>> map = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM catalog_entry_history WHERE entry_id = ? ORDER BY id").param(entryId)
                .query((RowCallbackHandler) rs ->
                        map.computeIfAbsent(rs.getInt("version"), k -> new ArrayList<>()).add(new CatalogHistoryEntry(
                                rs.getString("action"), rs.getString("actor"), rs.getString("actor_org_code"),
                                rs.getTimestamp("occurred_at").toInstant(), rs.getString("comment"))));
        return map;
    }

    // ---- mapping ------------------------------------------------------------------------------

    private static EntryRow entry(ResultSet rs, int n) throws SQLException {
        int published = rs.getInt("published_version");
        Integer publishedVersion = rs.wasNull() ? null : published;
        return new EntryRow(rs.getLong("id"), rs.getString("code"), rs.getLong("provider_org_id"),
                rs.getString("provider_org_code"), CatalogStatus.valueOf(rs.getString("status")), publishedVersion,
                rs.getInt("latest_version"), rs.getString("withdraw_reason"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static VersionRow versionWithoutItems(ResultSet rs, int n) throws SQLException {
        String shareMode = rs.getString("share_mode");
        EntryContent content = new EntryContent(rs.getString("name"), rs.getString("summary"),
                rs.getString("classification_code"), ResourceFormat.valueOf(rs.getString("format")),
                ShareType.valueOf(rs.getString("share_type")), rs.getString("share_condition"),
                rs.getString("legal_basis"), shareMode == null ? null : ShareMode.valueOf(shareMode),
                OpenType.valueOf(rs.getString("open_type")), rs.getString("open_condition"),
                UpdateCycle.valueOf(rs.getString("update_cycle")), DataGrade.valueOf(rs.getString("grade")),
                splitLines(rs.getString("tags")), splitLines(rs.getString("related_codes")), List.of());
        return new VersionRow(rs.getLong("id"), rs.getLong("entry_id"), rs.getInt("version"),
                CatalogStatus.valueOf(rs.getString("status")), content, instant(rs, "created_at"),
                rs.getString("created_by"), instant(rs, "updated_at"), instant(rs, "submitted_at"),
                rs.getString("submitted_by"), date(rs, "review_due"), bool(rs, "confidentiality_risk_assessed"),
                bool(rs, "personal_info_impact_assessed"), rs.getString("approved_by"), instant(rs, "reviewed_at"),
                rs.getString("reviewed_by"), rs.getString("review_comment"), instant(rs, "published_at"),
                date(rs, "publish_date"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean b = rs.getBoolean(column);
        return rs.wasNull() ? null : b;
    }

    private static String lines(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join("\n", values);
    }

    private static List<String> splitLines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}

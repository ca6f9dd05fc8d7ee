package org.govdx.source;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.CatalogStatus;
import org.govdx.catalog.OrgMountingRate;
import org.govdx.common.FieldProblem;
import org.govdx.common.FormErrors;
import org.govdx.common.GovdxException;
import org.govdx.common.Validation;
import org.govdx.common.crypto.SecretCipher;
import org.govdx.common.masking.Masking;
import org.govdx.common.masking.MaskingParams;
import org.govdx.common.masking.MaskingRule;
import org.govdx.identity.AuditLog;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Role;
import org.govdx.source.internal.DataSourceRow;
import org.govdx.source.internal.DataSourceStore;
import org.govdx.source.internal.MountConnector;
import org.govdx.source.internal.MountRow;
import org.govdx.source.internal.MountStatuses;
import org.govdx.source.internal.MountStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mounts (资源挂载): binds a catalog entry to the table, API or file that holds its data, item by
 * item, after checking against the source itself that every column exists and fits its item.
 * Only the provider org's catalog admins mount; they and the platform operator (reviewer) may
 * preview the first rows, masked by each item's masking rule. Every mount change is a ledger fact.
 */
@Service
@Transactional
public class Mounts {

    /** Rows a preview shows. */
    public static final int PREVIEW_ROWS = 20;
    private static final String SEP = MountStatuses.SEP;

    private final CatalogEntries catalog;
    private final MountStore store;
    private final DataSourceStore sources;
    private final Map<MountType, MountConnector> connectors = new LinkedHashMap<>();
    private final SecretCipher cipher;
    private final FormErrors messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Mounts(CatalogEntries catalog, MountStore store, DataSourceStore sources, List<MountConnector> connectors,
           SecretCipher cipher, FormErrors messages, ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.sources = sources;
        connectors.forEach(c -> this.connectors.put(c.mountType(), c));
        this.cipher = cipher;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Mounts (or re-mounts) an entry of the caller's org. Every problem comes back at once as a field
     * error: {@code columns.<item>} for a missing column or a type that does not fit, {@code table},
     * {@code keyColumn}, {@code dataSourceId} (with the reason when the source cannot be reached).
     */
    public MountInfo mount(long entryId, MountRequest request, CurrentUser me, Locale locale) {
        CatalogEntryView entry = ownEntry(entryId, me);
        if (entry.status() == CatalogStatus.WITHDRAWN) {
            throw GovdxException.conflict("ENTRY_WITHDRAWN", entry.code());
        }
        Validation v = new Validation();
        v.check(request.type() == null, "type", "REQUIRED");
        DataSourceRow source = null;
        if (request.dataSourceId() == null) {
            v.check(true, "dataSourceId", "REQUIRED");
        } else {
            source = sources.find(request.dataSourceId()).filter(s -> s.orgId() == entry.providerOrgId()).orElse(null);
            v.check(source == null, "dataSourceId", "DATA_SOURCE_NOT_FOUND", String.valueOf(request.dataSourceId()));
        }
        MountConnector connector = request.type() == null ? null : connectors.get(request.type());
        if (source != null && connector != null && source.type() != connector.sourceType()) {
            v.check(true, "dataSourceId", "DATA_SOURCE_WRONG_TYPE", source.type().name(), request.type().name());
            source = null;
        }
        checkItemMapping(v, entry.items(), request.columns());
        MountConnector.Resolved resolved = null;
        if (source != null && connector != null) {
            try {
                resolved = connector.resolve(source, request, entry.items(), v);
            } catch (MountConnector.SourceReadException e) {
                v.check(true, "dataSourceId", reasonCode(e), e.detail() == null ? "" : e.detail(),
                        request.table() == null ? "" : request.table());
            }
        }
        v.throwIfInvalid();
        Instant now = Instant.now(clock);
        MountRow previous = store.find(entryId).orElse(null);
        MountRow saved = store.save(new MountRow(entryId, entry.providerOrgId(), request.type(), source.id(),
                resolved.tableRef(), resolved.tableSchema(), resolved.tableName(), resolved.keyColumn(),
                resolved.changeColumn(), resolved.fileId(), resolved.recordsPath(), resolved.columns(), "MOUNTED", null,
                null, now, 0, me.getUsername(), previous == null ? now : previous.createdAt(), now));
        events.publishEvent(new MountChanged(now, me.getUsername(), me.orgCode(), entryId, entry.code(), saved.type(),
                saved.dataSourceId(), saved.tableRef(), saved.keyColumn(), saved.columns(), saved.revision()));
        return info(saved, entry, source, locale);
    }

    /** The entry as its provider's catalog admin mounts it (its newest version); 404 for anyone else. */
    @Transactional(readOnly = true)
    public CatalogEntryView entryToMount(long entryId, CurrentUser me) {
        return ownEntry(entryId, me);
    }

    /** The mount of an entry, if any, for the provider's catalog admins and the platform operator. */
    @Transactional(readOnly = true)
    public Optional<MountInfo> find(long entryId, CurrentUser me, Locale locale) {
        CatalogEntryView entry = visibleEntry(entryId, me);
        return store.find(entryId).map(m -> info(m, entry, sources.find(m.dataSourceId()).orElse(null), locale));
    }

    /** The mount of an entry, for the provider's catalog admins and the platform operator. */
    @Transactional(readOnly = true)
    public MountInfo get(long entryId, CurrentUser me, Locale locale) {
        CatalogEntryView entry = visibleEntry(entryId, me);
        MountRow mount = store.find(entryId)
                .orElseThrow(() -> GovdxException.notFound("MOUNT_NOT_FOUND", entry.code()));
        return info(mount, entry, sources.find(mount.dataSourceId()).orElse(null), locale);
    }

    /** The mounts of the caller's org. */
    @Transactional(readOnly = true)
    public List<MountInfo> ofMyOrg(CurrentUser me, Locale locale) {
        requireCatalogAdmin(me);
        List<MountInfo> out = new ArrayList<>();
        for (MountRow row : store.ofOrg(me.orgId())) {
            catalog.findLatest(row.entryId()).ifPresent(entry ->
                    out.add(info(row, entry, sources.find(row.dataSourceId()).orElse(null), locale)));
        }
        return out;
    }

    /**
     * Re-checks a mount against its source (table, columns and types still there) and records the
     * outcome: MOUNTED, or BROKEN with the reason.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public MountInfo check(long entryId, CurrentUser me, Locale locale) {
        CatalogEntryView entry = visibleEntry(entryId, me);
        AuditLog.target("entry:" + entry.code());
        MountRow mount = store.find(entryId)
                .orElseThrow(() -> GovdxException.notFound("MOUNT_NOT_FOUND", entry.code()));
        DataSourceRow source = sources.find(mount.dataSourceId()).orElseThrow();
        Validation v = new Validation();
        MountRequest again = new MountRequest(mount.type(), mount.dataSourceId(), mount.tableRef(), mount.keyColumn(),
                mount.changeColumn(), mount.columns(), mount.fileId(), mount.recordsPath());
        checkItemMapping(v, entry.items(), mount.columns());
        String code = null;
        String detail = null;
        try {
            connectors.get(mount.type()).resolve(source, again, entry.items(), v);
        } catch (MountConnector.SourceReadException e) {
            code = reasonCode(e);
            detail = e.detail() == null ? null : e.detail() + SEP + mount.tableRef();
        }
        if (code == null && v.hasProblems()) {
            FieldProblem first = firstProblem(v);
            code = first.code();
            detail = joinArgs(first.args());
        }
        store.recordCheck(entryId, code == null ? "MOUNTED" : "BROKEN", code, detail, Instant.now(clock));
        return info(store.find(entryId).orElseThrow(), entry, source, locale);
    }

    /**
     * The first {@value #PREVIEW_ROWS} rows of a mounted entry, each item masked by its rule, for the
     * provider's catalog admins and the platform operator. A failing read marks the mount BROKEN
     * and answers 502 with the reason.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public MountPreview preview(long entryId, CurrentUser me) {
        CatalogEntryView entry = visibleEntry(entryId, me);
        MountRow mount = store.find(entryId)
                .orElseThrow(() -> GovdxException.conflict("ENTRY_NOT_MOUNTED", entry.code()));
        DataSourceRow source = sources.find(mount.dataSourceId()).orElseThrow();
        List<Map<String, Object>> raw;
        try {
            raw = connectors.get(mount.type()).read(source, mount, entry.items(), PREVIEW_ROWS);
        } catch (MountConnector.SourceReadException e) {
            String code = reasonCode(e);
            String detail = e.detail() == null ? null : e.detail() + SEP + mount.tableRef();
            store.recordCheck(entryId, "BROKEN", code, detail, Instant.now(clock));
            throw new GovdxException(HttpStatus.BAD_GATEWAY, "SOURCE_UNAVAILABLE",
                    List.of(new FieldProblem("mount", code, e.detail() == null ? "" : e.detail(), mount.tableRef())));
        }
        if (!"MOUNTED".equals(mount.status())) {
            store.recordCheck(entryId, "MOUNTED", null, null, Instant.now(clock));
        }
        byte[] salt = cipher.derive("preview:" + entry.id());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : raw) {
            Map<String, Object> masked = new LinkedHashMap<>();
            for (CatalogItemView item : entry.items()) {
                if (row.containsKey(item.code())) {
                    masked.put(item.code(), mask(item, row.get(item.code()), salt));
                }
            }
            rows.add(masked);
        }
        List<MountPreview.Column> columns = entry.items().stream()
                .map(i -> new MountPreview.Column(i.code(), i.name(), i.dataType().name(),
                        (i.maskingRule() == null ? MaskingRule.NONE : i.maskingRule()).name()))
                .toList();
        return new MountPreview(entry.id(), entry.code(), entry.name(), columns, rows);
    }

    /** Mounted ÷ published per org, for the platform operator and leaders. */
    @Transactional(readOnly = true)
    public List<OrgMountingRate> rates() {
        return catalog.mountingRates();
    }

    /** For other modules (exchange): the stored mount of an entry, without any viewer check. */
    @Transactional(readOnly = true)
    public Optional<MountInfo> find(long entryId) {
        return store.find(entryId).flatMap(m -> catalog.findLatest(entryId)
                .map(e -> info(m, e, sources.find(m.dataSourceId()).orElse(null), Locale.SIMPLIFIED_CHINESE)));
    }

    /** A missing table, column, file or field keeps its own code; a source failure is {@code SOURCE_<reason>}. */
    private static String reasonCode(MountConnector.SourceReadException e) {
        return e.code().endsWith("_NOT_FOUND") ? e.code() : "SOURCE_" + e.code();
    }

    static Object mask(CatalogItemView item, Object value, byte[] salt) {
        MaskingRule rule = item.maskingRule() == null ? MaskingRule.NONE : item.maskingRule();
        MaskingParams params;
        try {
            params = MaskingParams.parse(item.maskingParams()).withSalt(salt);
        } catch (IllegalArgumentException e) {
            // unreadable parameters must not leak the value
            return null;
        }
        return Masking.maskValue(rule, value, params);
    }

    private static void checkItemMapping(Validation v, List<CatalogItemView> items, Map<String, String> columns) {
        if (columns == null || columns.isEmpty()) {
            v.check(true, "columns", "REQUIRED");
            return;
        }
        Set<String> codes = new HashSet<>();
        for (CatalogItemView item : items) {
            codes.add(item.code());
            String column = columns.get(item.code());
            v.check(column == null || column.isBlank(), "columns." + item.code(), "ITEM_NOT_MAPPED", item.name());
        }
        for (String code : columns.keySet()) {
            v.check(!codes.contains(code), "columns." + code, "UNKNOWN_ITEM", code);
        }
    }

    private static FieldProblem firstProblem(Validation v) {
        try {
            v.throwIfInvalid();
        } catch (GovdxException e) {
            return e.errors().get(0);
        }
        throw new IllegalStateException();
    }

    private static String joinArgs(Object[] args) {
        List<String> parts = new ArrayList<>();
        for (Object a : args) {
            parts.add(String.valueOf(a));
        }
        return String.join(SEP, parts);
    }

    private CatalogEntryView ownEntry(long entryId, CurrentUser me) {
        requireCatalogAdmin(me);
        CatalogEntryView entry = catalog.findLatest(entryId).filter(e -> e.providerOrgId() == me.orgId())
                .orElseThrow(() -> GovdxException.notFound("CATALOG_ENTRY_NOT_FOUND", String.valueOf(entryId)));
        AuditLog.target("entry:" + entry.code());
        return entry;
    }

    /** The provider's catalog admins and the platform operator see mounts; anyone else gets 404. */
    private CatalogEntryView visibleEntry(long entryId, CurrentUser me) {
        CatalogEntryView entry = catalog.findLatest(entryId).orElse(null);
        boolean provider = entry != null && me.hasRole(Role.ORG_CATALOG_ADMIN) && entry.providerOrgId() == me.orgId();
        boolean reviewer = entry != null && me.hasRole(Role.PLATFORM_OPERATOR);
        if (!provider && !reviewer) {
            throw GovdxException.notFound("CATALOG_ENTRY_NOT_FOUND", String.valueOf(entryId));
        }
        return entry;
    }

    private static void requireCatalogAdmin(CurrentUser me) {
        if (me == null || !me.hasRole(Role.ORG_CATALOG_ADMIN)) {
            throw GovdxException.forbidden("FORBIDDEN");
        }
    }

    private MountInfo info(MountRow m, CatalogEntryView entry, DataSourceRow source, Locale locale) {
        String reason = MountStatuses.reason(messages, m.statusCode(), m.statusDetail(), locale);
        return new MountInfo(m.entryId(), entry.code(), m.type(), m.dataSourceId(),
                source == null ? null : source.name(), m.tableRef(), m.keyColumn(), m.changeColumn(), m.columns(),
                m.fileId(), m.recordsPath(), m.status(), m.statusCode(), reason, m.checkedAt(), m.updatedBy(),
                m.updatedAt());
    }
}

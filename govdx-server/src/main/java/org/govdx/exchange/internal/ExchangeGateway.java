package org.govdx.exchange.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.CatalogStatus;
import org.govdx.common.GovdxException;
import org.govdx.common.IpRanges;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.common.WorkingDays;
import org.govdx.common.crypto.SecretCipher;
import org.govdx.exchange.UsageOperation;
import org.govdx.identity.CurrentApp;
import org.govdx.sharing.AccessMode;
import org.govdx.sharing.GrantAccess;
import org.govdx.sharing.Grants;
import org.govdx.source.MountType;
import org.govdx.source.MountedTable;
import org.govdx.source.SourceTables;
import org.govdx.source.SourceUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The gateway's rules, in the order every call meets them: the resource exists and is published;
 * the app calls from an allowed address; an active grant covers the entry in this mode today (else
 * 403 saying why); the grant's rate limit; the filter uses only granted items; the grant's row
 * filter is always added; items are masked unless the grant allows them plain. Every call fills
 * in its {@link UsageDraft}; the record is written before any data leaves.
 */
@Service
public class ExchangeGateway {

    /** What an authorized call may touch. */
    record Target(CatalogEntryView entry, GrantAccess grant, List<CatalogItemView> items,
                  Map<String, CatalogItemView> itemsByCode, Condition rowFilter, RecordMasker masker) {
    }

    private final CatalogEntries catalog;
    private final Grants grants;
    private final SourceTables sources;
    private final RateLimiter limiter;
    private final UsageRecorder recorder;
    private final ExchangeSettings settings;
    private final SecretCipher cipher;
    private final Clock clock;
    private final WorkingDays calendar;
    private final byte[] filterKey;

    ExchangeGateway(CatalogEntries catalog, Grants grants, SourceTables sources, RateLimiter limiter,
                    UsageRecorder recorder, ExchangeSettings settings, SecretCipher cipher, Clock clock,
                    WorkingDays calendar) {
        this.catalog = catalog;
        this.grants = grants;
        this.sources = sources;
        this.limiter = limiter;
        this.recorder = recorder;
        this.settings = settings;
        this.cipher = cipher;
        this.clock = clock;
        this.calendar = calendar;
        this.filterKey = cipher.derive("exchange:usage-filter");
    }

    /** One JSON page of the granted records matching the caller's filter. */
    public PageResponse<Map<String, Object>> query(UsageDraft d, CurrentApp app, String resource, QueryInput in) {
        d.operation = UsageOperation.QUERY;
        try {
            Target t = authorize(d, app, resource, AccessMode.API);
            FilterParser parser = new FilterParser(t.itemsByCode());
            Condition filter = in.filter() != null ? parser.parse(in.filter()) : parser.equalities(in.equalities());
            List<SortOrder> sort = sort(parser, in);
            int size = in.size() == null ? settings.getDefaultPageSize() : in.size();
            int pageNo = in.page() == null ? 0 : in.page();
            if (size < 1 || size > PageRequest.MAX_SIZE) {
                throw Refusals.badFilter("INVALID_PAGE_SIZE", "size", PageRequest.MAX_SIZE);
            }
            if (pageNo < 0) {
                throw Refusals.badFilter("INVALID_PAGE", "page");
            }
            d.filter = new FilterText(t.itemsByCode(), filterKey).of(filter);
            PageResponse<Map<String, Object>> page = read(t, Condition.and(t.rowFilter(), filter), sort, pageNo, size);
            d.rows = page.content().size();
            d.status = 200;
            return page;
        } catch (GovdxException e) {
            d.status = e.status().value();
            d.code = e.code();
            throw e;
        }
    }

    /** 核验: does a record with all these values exist within the grant's row filter? No value leaves. */
    public boolean verify(UsageDraft d, CurrentApp app, String resource, JsonNode conditions) {
        d.operation = UsageOperation.VERIFY;
        try {
            Target t = authorize(d, app, resource, AccessMode.VERIFY);
            Map<String, CatalogItemView> all = new LinkedHashMap<>();
            t.entry().items().forEach(i -> all.put(i.code(), i));
            Condition wanted = new FilterParser(all).conditions(conditions);
            d.items = List.of();
            d.filter = new FilterText(all, filterKey).of(wanted);
            boolean match = exists(t, Condition.and(t.rowFilter(), wanted));
            d.status = 200;
            return match;
        } catch (GovdxException e) {
            d.status = e.status().value();
            d.code = e.code();
            throw e;
        }
    }

    /**
     * Checks a bulk export and opens its usage record; the caller then streams with {@link #stream}.
     * Split in two so that every refusal is answered as a problem before the first byte of the body.
     */
    public Export prepareExport(UsageDraft d, CurrentApp app, String resource, Map<String, String> equalities,
                                List<String> sortParams) {
        d.operation = UsageOperation.EXPORT;
        try {
            Target t = authorize(d, app, resource, AccessMode.BULK);
            FilterParser parser = new FilterParser(t.itemsByCode());
            Condition filter = parser.equalities(equalities);
            List<SortOrder> sort = sort(parser, new QueryInput(equalities, null, null, sortParams, null, null));
            d.filter = new FilterText(t.itemsByCode(), filterKey).of(filter);
            d.status = 200;
            d.code = "STREAMING";
            recorder.openStream(d);
            return new Export(t, Condition.and(t.rowFilter(), filter), sort);
        } catch (GovdxException e) {
            d.status = e.status().value();
            d.code = e.code();
            throw e;
        }
    }

    /** A checked export, ready to stream. */
    public record Export(Target target, Condition filter, List<SortOrder> sort) {

        public List<String> itemCodes() {
            return target.items().stream().map(CatalogItemView::code).toList();
        }
    }

    /**
     * Streams every granted record of a prepared export into the sink, as rows arrive from the
     * source (fetch size, no paging, nothing held), and completes the usage record.
     */
    public void stream(UsageDraft d, Export export, RecordSink sink) throws IOException {
        Target t = export.target();
        try {
            sink.header(export.itemCodes());
            Object[] row = new Object[t.items().size()];
            Optional<MountedTable> table = sources.mountedTable(t.entry().id());
            if (table.isPresent()) {
                streamTable(d, table.get(), t, export, sink, row);
            } else {
                for (Map<String, Object> r : filtered(t, export.filter(), export.sort())) {
                    for (int i = 0; i < row.length; i++) {
                        row[i] = t.masker().mask(i, r.get(t.items().get(i).code()));
                    }
                    sink.row(row);
                    d.rows++;
                }
            }
            sink.finish();
            d.code = null;
        } catch (SourceUnavailableException e) {
            d.status = e.isTimeout() ? 504 : 502;
            d.code = e.isTimeout() ? "SOURCE_TIMEOUT" : "SOURCE_UNAVAILABLE";
            throw e;
        } catch (IOException | RuntimeException e) {
            d.code = "INTERRUPTED";
            throw e;
        } finally {
            d.bytes = sink.bytes();
            recorder.completeStream(d);
        }
    }

    private void streamTable(UsageDraft d, MountedTable table, Target t, Export export, RecordSink sink, Object[] row)
            throws IOException {
        SourceSql.Sql sql = new SourceSql(table).select(export.itemCodes(), export.filter(), export.sort(), null, null);
        try (Connection c = table.dataSource().getConnection()) {
            // PostgreSQL streams with a cursor only outside auto-commit
            c.setAutoCommit(false);
            try (PreparedStatement ps = prepare(c, table, sql)) {
                ps.setFetchSize(settings.getFetchSize());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (int i = 0; i < row.length; i++) {
                            row[i] = t.masker().mask(i, MountedTable.value(rs, i + 1, t.items().get(i).dataType()));
                        }
                        sink.row(row);
                        d.rows++;
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** The gateway's checks, in order; fills in the draft as each fact becomes known. */
    Target authorize(UsageDraft d, CurrentApp app, String resource, AccessMode mode) {
        d.appId = app.id();
        d.appKey = app.appKey();
        d.consumerOrgId = app.orgId();
        d.consumerOrgCode = app.orgCode();
        CatalogEntryView entry = resolve(resource);
        d.entryId = entry.id();
        d.resourceCode = entry.code();
        d.providerOrgId = entry.providerOrgId();
        if (!app.allowedIps().isEmpty()
                && app.allowedIps().stream().noneMatch(range -> IpRanges.contains(range, d.clientIp))) {
            throw Refusals.forbidden("IP_NOT_ALLOWED", String.valueOf(d.clientIp));
        }
        LocalDate today = calendar.today(clock);
        GrantAccess grant = grants.checkAccess(app.id(), entry.id(), mode, today).orElse(null);
        if (grant == null) {
            throw Refusals.forbidden(grants.refusal(app.id(), entry.id(), mode, today).name(), entry.code(),
                    mode.name());
        }
        d.grantId = grant.grantId();
        int limit = grant.rateLimitPerMinute() == null ? settings.getDefaultRateLimitPerMinute()
                : grant.rateLimitPerMinute();
        Instant now = clock.instant();
        if (!limiter.tryAcquire(grant.grantId(), limit, now)) {
            throw new RateLimited(limit, RateLimiter.retryAfterSeconds(now));
        }
        List<CatalogItemView> items = new ArrayList<>();
        Map<String, CatalogItemView> byCode = new LinkedHashMap<>();
        for (CatalogItemView item : entry.items()) {
            if (grant.items().contains(item.code())) {
                items.add(item);
                byCode.put(item.code(), item);
            }
        }
        d.items = items.stream().map(CatalogItemView::code).toList();
        Map<String, CatalogItemView> all = new LinkedHashMap<>();
        entry.items().forEach(i -> all.put(i.code(), i));
        List<Condition> rowFilter = new ArrayList<>();
        grant.rowFilter().forEach((item, value) -> {
            CatalogItemView view = all.get(item);
            if (view != null) {
                rowFilter.add(new Condition.Eq(item, ItemValues.parse(view, value)));
            }
        });
        RecordMasker masker = new RecordMasker(items, grant.plainItems(), cipher.derive("grant:" + grant.grantId()));
        return new Target(entry, grant, items, byCode,
                Condition.and(rowFilter.toArray(new Condition[0])), masker);
    }

    /** 429 with the seconds until the next window. */
    static final class RateLimited extends GovdxException {

        private final long retryAfterSeconds;

        RateLimited(int limit, long retryAfterSeconds) {
            super(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", limit, retryAfterSeconds);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private CatalogEntryView resolve(String resource) {
        Optional<CatalogEntryView> entry = Optional.empty();
        if (resource != null && !resource.isBlank()) {
            entry = resource.chars().allMatch(Character::isDigit) && resource.length() < 18
                    ? catalog.find(Long.parseLong(resource)) : catalog.findByCode(resource.trim());
        }
        CatalogEntryView e = entry.orElseThrow(() -> GovdxException.notFound("RESOURCE_NOT_FOUND", resource));
        if (e.status() == CatalogStatus.WITHDRAWN) {
            throw GovdxException.notFound("RESOURCE_WITHDRAWN", e.code());
        }
        return e;
    }

    private static List<SortOrder> sort(FilterParser parser, QueryInput in) {
        if (in.sortJson() != null) {
            return parser.sort(in.sortJson());
        }
        List<SortOrder> out = new ArrayList<>();
        if (in.sortParams() != null) {
            for (String s : in.sortParams()) {
                if (s != null && !s.isBlank()) {
                    out.add(parser.sort(s));
                }
            }
        }
        return out;
    }

    private PageResponse<Map<String, Object>> read(Target t, Condition filter, List<SortOrder> sort, int page,
                                                   int size) {
        List<String> codes = t.items().stream().map(CatalogItemView::code).toList();
        Optional<MountedTable> mounted = mountedTable(t);
        if (mounted.isEmpty()) {
            List<Map<String, Object>> all = filtered(t, filter, sort);
            List<Map<String, Object>> content = new ArrayList<>();
            for (int r = page * size; r < Math.min(all.size(), (long) page * size + size); r++) {
                content.add(masked(t, all.get(r)));
            }
            return new PageResponse<>(content, page, size, all.size());
        }
        MountedTable table = mounted.get();
        SourceSql sql = new SourceSql(table);
        try (Connection c = table.dataSource().getConnection()) {
            // the page and the total in one round trip; a page past the end needs the count on its own
            long total = -1;
            List<Map<String, Object>> content = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, table, sql.selectCounted(codes, filter, sort, size,
                    (long) page * size)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> record = new LinkedHashMap<>();
                    for (int i = 0; i < codes.size(); i++) {
                        record.put(codes.get(i), t.masker().mask(i,
                                MountedTable.value(rs, i + 1, t.items().get(i).dataType())));
                    }
                    total = rs.getLong(codes.size() + 1);
                    content.add(record);
                }
            }
            if (total < 0) {
                try (PreparedStatement ps = prepare(c, table, sql.count(filter)); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            return new PageResponse<>(content, page, size, total);
        } catch (SQLException e) {
            throw gatewayProblem(t.entry().code(), unavailable(e));
        }
    }

    private boolean exists(Target t, Condition filter) {
        Optional<MountedTable> mounted = mountedTable(t);
        if (mounted.isEmpty()) {
            return !filtered(t, filter, List.of()).isEmpty();
        }
        MountedTable table = mounted.get();
        try (Connection c = table.dataSource().getConnection();
             PreparedStatement ps = prepare(c, table, new SourceSql(table).exists(filter));
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        } catch (SQLException e) {
            throw gatewayProblem(t.entry().code(), unavailable(e));
        }
    }

    /** Records of an API or file mount, filtered and sorted in the platform. */
    private List<Map<String, Object>> filtered(Target t, Condition filter, List<SortOrder> sort) {
        Map<String, CatalogItemView> all = new LinkedHashMap<>();
        t.entry().items().forEach(i -> all.put(i.code(), i));
        InMemoryRecords memory = new InMemoryRecords(all);
        List<Map<String, Object>> records;
        try {
            records = sources.records(t.entry().id(), settings.getMaxRecordsInMemory());
        } catch (SourceUnavailableException e) {
            throw gatewayProblem(t.entry().code(), e);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> r : records) {
            if (memory.matches(filter, r)) {
                out.add(r);
            }
        }
        out.sort(memory.order(sort));
        return out;
    }

    private Map<String, Object> masked(Target t, Map<String, Object> record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < t.items().size(); i++) {
            String code = t.items().get(i).code();
            out.put(code, t.masker().mask(i, record.get(code)));
        }
        return out;
    }

    /** The entry's mounted table; empty for an API or file mount; 502 when the entry is not mounted at all. */
    private Optional<MountedTable> mountedTable(Target t) {
        Optional<MountedTable> table;
        try {
            table = sources.mountedTable(t.entry().id());
        } catch (SourceUnavailableException e) {
            throw gatewayProblem(t.entry().code(), e);
        }
        if (table.isEmpty() && sources.mountType(t.entry().id()).isEmpty()) {
            throw new GovdxException(HttpStatus.BAD_GATEWAY, "RESOURCE_NOT_MOUNTED", t.entry().code());
        }
        return table;
    }

    private static PreparedStatement prepare(Connection c, MountedTable table, SourceSql.Sql sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql.text());
        ps.setQueryTimeout(table.queryTimeoutSeconds());
        for (int i = 0; i < sql.params().size(); i++) {
            ps.setObject(i + 1, sql.params().get(i));
        }
        return ps;
    }

    private SourceUnavailableException unavailable(SQLException e) {
        if (e instanceof SQLTransientConnectionException) {
            // no free connection to the source within the wait: the source is saturated
            return new SourceUnavailableException("TIMEOUT", e);
        }
        return SourceTables.unavailable(e);
    }

    static GovdxException gatewayProblem(String resourceCode, SourceUnavailableException e) {
        return e.isTimeout() ? Refusals.sourceTimeout(resourceCode)
                : Refusals.sourceUnavailable(resourceCode, e.reason());
    }
}

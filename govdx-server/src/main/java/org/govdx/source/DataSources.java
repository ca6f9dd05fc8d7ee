package org.govdx.source;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.govdx.common.FormErrors;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.common.Validation;
import org.govdx.identity.AuditLog;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.govdx.source.internal.ConnectionTester;
import org.govdx.source.internal.DataSourceRow;
import org.govdx.source.internal.DataSourceStore;
import org.govdx.source.internal.JdbcDriverPolicy;
import org.govdx.source.internal.SchemaReader;
import org.govdx.source.internal.SourcePools;
import org.govdx.source.internal.SourceSecrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data sources (数据源) a department registers: JDBC databases, HTTP APIs and file stores.
 * A source belongs to its org and only that org's catalog admins see or change it (anyone else
 * gets 404). Credentials are sealed with SM4-GCM and never come back out of this service.
 */
@Service
@Transactional
public class DataSources {

    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}");
    private static final int MAX_HEADERS = 20;

    private final DataSourceStore store;
    private final SourceSecrets secrets;
    private final JdbcDriverPolicy policy;
    private final SourcePools pools;
    private final ConnectionTester tester;
    private final SchemaReader schema;
    private final Orgs orgs;
    private final org.govdx.source.internal.SourceFiles files;
    private final org.govdx.source.internal.SourceFileStore fileStore;
    private final FormErrors messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DataSources(DataSourceStore store, SourceSecrets secrets, JdbcDriverPolicy policy, SourcePools pools,
                ConnectionTester tester, SchemaReader schema, Orgs orgs,
                org.govdx.source.internal.SourceFiles files, org.govdx.source.internal.SourceFileStore fileStore,
                FormErrors messages, ApplicationEventPublisher events, Clock clock) {
        this.files = files;
        this.fileStore = fileStore;
        this.store = store;
        this.secrets = secrets;
        this.policy = policy;
        this.pools = pools;
        this.tester = tester;
        this.schema = schema;
        this.orgs = orgs;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** Registers a source of the caller's org; answers 400 listing every problem. */
    public DataSourceInfo register(CurrentUser me, DataSourceRequest request) {
        requireCatalogAdmin(me);
        Validation v = new Validation();
        String name = trim(request.name());
        if (v.required(name, "name")) {
            v.check(name.length() > 100, "name", "TOO_LONG", 100);
            v.check(store.nameTaken(me.orgId(), name, null), "name", "DUPLICATE_DATA_SOURCE_NAME", name);
        }
        v.check(request.type() == null, "type", "REQUIRED");
        if (request.type() != null) {
            checkSettings(v, me.orgCode(), request.type(), trim(request.jdbcUrl()), trim(request.username()),
                    request.password(), trim(request.baseUrl()), request.headers());
        }
        v.throwIfInvalid();
        Instant now = Instant.now(clock);
        DataSourceType type = request.type();
        boolean jdbc = type == DataSourceType.JDBC;
        boolean httpType = type == DataSourceType.HTTP;
        DataSourceRow row = store.insert(new DataSourceRow(null, me.orgId(), name, type,
                jdbc ? trim(request.jdbcUrl()) : null, jdbc ? blankToNull(request.username()) : null,
                jdbc ? secrets.sealPassword(me.orgId(), request.password()) : null,
                httpType ? trim(request.baseUrl()) : null, httpType ? headerNames(request.headers()) : null,
                httpType ? secrets.sealHeaders(me.orgId(), request.headers()) : null, 1, null, null, null,
                me.getUsername(), now, now));
        AuditLog.target("datasource:" + row.id());
        events.publishEvent(new DataSourceRegistered(now, me.getUsername(), me.orgCode(), row.id(), row.name(), type,
                jdbc ? row.jdbcUrl() : row.baseUrl()));
        return info(row);
    }

    /**
     * Changes a source. Null fields keep their value; an empty password or empty headers remove the
     * stored secret. The type cannot change. Open connections to the old settings are closed.
     */
    public DataSourceInfo update(CurrentUser me, long id, DataSourceRequest request) {
        DataSourceRow current = owned(me, id);
        AuditLog.target("datasource:" + id);
        Validation v = new Validation();
        v.check(request.type() != null && request.type() != current.type(), "type", "DATA_SOURCE_TYPE_FIXED");
        String name = request.name() != null ? trim(request.name()) : current.name();
        if (v.required(name, "name")) {
            v.check(name.length() > 100, "name", "TOO_LONG", 100);
            v.check(store.nameTaken(me.orgId(), name, id), "name", "DUPLICATE_DATA_SOURCE_NAME", name);
        }
        String jdbcUrl = request.jdbcUrl() != null ? trim(request.jdbcUrl()) : current.jdbcUrl();
        String username = request.username() != null ? blankToNull(request.username()) : current.username();
        String baseUrl = request.baseUrl() != null ? trim(request.baseUrl()) : current.baseUrl();
        checkSettings(v, me.orgCode(), current.type(), jdbcUrl, username, request.password(), baseUrl,
                request.headers());
        v.throwIfInvalid();

        List<String> changed = new ArrayList<>();
        String passwordEnc = current.passwordEnc();
        String headersEnc = current.headersEnc();
        String headerNames = current.headerNames();
        if (!name.equals(current.name())) {
            changed.add("name");
        }
        if (current.type() == DataSourceType.JDBC) {
            if (!Objects.equals(jdbcUrl, current.jdbcUrl())) {
                changed.add("jdbcUrl");
            }
            if (!Objects.equals(username, current.username())) {
                changed.add("username");
            }
            if (request.password() != null) {
                passwordEnc = secrets.sealPassword(current.orgId(), request.password());
                changed.add("password");
            }
        } else if (current.type() == DataSourceType.HTTP) {
            if (!Objects.equals(baseUrl, current.baseUrl())) {
                changed.add("baseUrl");
            }
            if (request.headers() != null) {
                headersEnc = secrets.sealHeaders(current.orgId(), request.headers());
                headerNames = headerNames(request.headers());
                changed.add("headers");
            }
        }
        if (changed.isEmpty()) {
            return info(current);
        }
        Instant now = Instant.now(clock);
        DataSourceRow saved = store.update(new DataSourceRow(id, current.orgId(), name, current.type(), jdbcUrl, username,
                passwordEnc, baseUrl, headerNames, headersEnc, current.revision(), current.lastTestCode(),
                current.lastTestedAt(), current.product(), current.createdBy(), current.createdAt(), now));
        pools.retire(id);
        events.publishEvent(new DataSourceChanged(now, me.getUsername(), me.orgCode(), id, saved.name(),
                List.copyOf(changed), saved.revision()));
        return info(saved);
    }

    @Transactional(readOnly = true)
    public DataSourceInfo get(CurrentUser me, long id) {
        return info(owned(me, id));
    }

    /** The caller's org's sources by name. */
    @Transactional(readOnly = true)
    public PageResponse<DataSourceInfo> list(CurrentUser me, PageRequest page) {
        requireCatalogAdmin(me);
        List<DataSourceInfo> content = store.ofOrg(me.orgId(), page.offset(), page.size()).stream().map(this::info)
                .toList();
        return new PageResponse<>(content, page.page(), page.size(), store.countOfOrg(me.orgId()));
    }

    /**
     * Tests the connection with the stored settings within a few seconds and records the outcome;
     * a failure names its reason (host unreachable, bad credentials, unknown database, timeout).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ConnectionCheck test(CurrentUser me, long id, Locale locale) {
        DataSourceRow row = owned(me, id);
        AuditLog.target("datasource:" + id);
        ConnectionTester.Outcome outcome = tester.test(row);
        store.recordTest(id, outcome.code(), outcome.ok() ? truncate(outcome.product(), 200) : null,
                Instant.now(clock));
        return new ConnectionCheck(outcome.ok(), outcome.code(), reason(outcome.code(), locale),
                outcome.elapsedMillis(), outcome.product());
    }

    /** Tables and views of a JDBC source, as the mount editor offers them. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<String> tables(CurrentUser me, long id) {
        DataSourceRow row = owned(me, id);
        if (row.type() != DataSourceType.JDBC) {
            throw GovdxException.invalid("dataSourceId", "DATA_SOURCE_NOT_JDBC");
        }
        try {
            return schema.tables(pools.of(row)).stream().map(SchemaReader.TableRef::display).toList();
        } catch (Exception e) {
            throw unavailable(e);
        }
    }

    /** Columns of one table of a JDBC source: name and database type. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<SourceColumn> columns(CurrentUser me, long id, String table) {
        DataSourceRow row = owned(me, id);
        if (row.type() != DataSourceType.JDBC) {
            throw GovdxException.invalid("dataSourceId", "DATA_SOURCE_NOT_JDBC");
        }
        SchemaReader.TableMeta meta;
        try {
            meta = schema.table(pools.of(row), table).orElse(null);
        } catch (Exception e) {
            throw unavailable(e);
        }
        if (meta == null) {
            throw GovdxException.invalid("table", "TABLE_NOT_FOUND", String.valueOf(table));
        }
        return meta.columns().stream().map(c -> new SourceColumn(c.name(), c.typeName(), c.size(), c.scale(),
                c.nullable())).toList();
    }

    /**
     * Uploads a CSV or XLSX file to a FILE source of the caller's org; its header row is what a
     * FILE mount maps items to.
     */
    public SourceFileInfo upload(CurrentUser me, long id, String fileName, java.io.InputStream content) {
        DataSourceRow row = owned(me, id);
        AuditLog.target("datasource:" + id);
        if (row.type() != DataSourceType.FILE) {
            throw GovdxException.invalid("dataSourceId", "DATA_SOURCE_NOT_FILE");
        }
        return files.upload(row, fileName, content, me.getUsername(), Instant.now(clock));
    }

    /** The files uploaded to a FILE source, newest first. */
    @Transactional(readOnly = true)
    public List<SourceFileInfo> files(CurrentUser me, long id) {
        DataSourceRow row = owned(me, id);
        return fileStore.ofSource(row.id()).stream().map(org.govdx.source.internal.SourceFileStore.StoredFile::info)
                .toList();
    }

    /** The localized text of a reason code. */
    public String reason(String code, Locale locale) {
        return messages.message("SOURCE_" + code, locale);
    }

    /** 502 with the reason code of a source that cannot be read. */
    static GovdxException unavailable(Exception e) {
        String code = org.govdx.source.internal.FailureReasons.classify(e);
        return new GovdxException(org.springframework.http.HttpStatus.BAD_GATEWAY, "SOURCE_UNAVAILABLE",
                List.of(new org.govdx.common.FieldProblem("dataSourceId", "SOURCE_" + code)));
    }

    DataSourceRow owned(CurrentUser me, long id) {
        requireCatalogAdmin(me);
        DataSourceRow row = store.find(id).orElse(null);
        if (row == null || row.orgId() != me.orgId()) {
            throw GovdxException.notFound("DATA_SOURCE_NOT_FOUND", String.valueOf(id));
        }
        return row;
    }

    private static void requireCatalogAdmin(CurrentUser me) {
        if (me == null || !me.hasRole(Role.ORG_CATALOG_ADMIN)) {
            throw GovdxException.forbidden("FORBIDDEN");
        }
    }

    private void checkSettings(Validation v, String orgCode, DataSourceType type, String jdbcUrl, String username,
                               String password, String baseUrl, Map<String, String> headers) {
        switch (type) {
            case JDBC -> {
                if (v.required(jdbcUrl, "jdbcUrl")) {
                    policy.check(jdbcUrl, orgCode).forEach(v::add);
                }
                v.check(username != null && username.length() > 200, "username", "TOO_LONG", 200);
                v.check(password != null && password.length() > 500, "password", "TOO_LONG", 500);
            }
            case HTTP -> {
                if (v.required(baseUrl, "baseUrl")) {
                    v.check(!validHttpUrl(baseUrl), "baseUrl", "INVALID_BASE_URL");
                }
                if (headers != null) {
                    v.check(headers.size() > MAX_HEADERS, "headers", "TOO_MANY_HEADERS", MAX_HEADERS);
                    headers.forEach((k, val) -> {
                        v.check(k == null || !HEADER_NAME.matcher(k).matches(), "headers", "INVALID_HEADER_NAME",
                                String.valueOf(k));
                        v.check(val == null || val.length() > 4000 || val.chars().anyMatch(c -> c < 0x20 && c != '\t'),
                                "headers." + k, "INVALID_HEADER_VALUE");
                    });
                }
            }
            case FILE -> {
                // files are uploaded to the source afterwards; nothing to connect to
            }
            default -> throw new IllegalStateException();
        }
    }

    private static boolean validHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() != null && Arrays.asList("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && uri.getRawUserInfo() == null && url.length() <= 1000;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    DataSourceInfo info(DataSourceRow row) {
        List<String> names = row.headerNames() == null || row.headerNames().isEmpty() ? List.of()
                : List.of(row.headerNames().split("\n"));
        String orgCode = orgs.get(row.orgId()).code();
        return new DataSourceInfo(row.id(), row.orgId(), orgCode, row.name(), row.type(), row.jdbcUrl(), row.username(),
                row.passwordEnc() != null, row.baseUrl(), names, row.headersEnc() != null, row.lastTestCode(),
                row.lastTestedAt(), row.product(), row.createdBy(), row.createdAt(), row.updatedAt());
    }

    private static String headerNames(Map<String, String> headers) {
        if (headers == null || headers.isEmpty()) {
            return null;
        }
        return String.join("\n", new LinkedHashMap<>(headers).keySet());
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

package org.govdx.source.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.CatalogItemView;
import org.govdx.common.FormErrors;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.identity.AuditLog;
import org.govdx.identity.AuditResult;
import org.govdx.identity.Audited;
import org.govdx.identity.CurrentUser;
import org.govdx.source.ConnectionCheck;
import org.govdx.source.DataSourceInfo;
import org.govdx.source.DataSourceRequest;
import org.govdx.source.DataSourceType;
import org.govdx.source.DataSources;
import org.govdx.source.MountInfo;
import org.govdx.source.MountPreview;
import org.govdx.source.MountRequest;
import org.govdx.source.MountType;
import org.govdx.source.Mounts;
import org.govdx.source.SourceColumn;
import org.govdx.source.SourceFileInfo;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the source module: the org's data sources (list, editor, connection test, file
 * uploads), the mount editor (choose source and table, map each item to a column, see every
 * mismatch), the masked preview, and the mounting rates for the operator.
 */
@Controller
class SourcePages {

    private static final String CATALOG_ADMIN = "hasRole('ORG_CATALOG_ADMIN')";

    private final DataSources dataSources;
    private final Mounts mounts;
    private final CatalogEntries catalog;
    private final FormErrors formErrors;
    private final AuditLog audit;

    SourcePages(DataSources dataSources, Mounts mounts, CatalogEntries catalog, FormErrors formErrors, AuditLog audit) {
        this.dataSources = dataSources;
        this.mounts = mounts;
        this.catalog = catalog;
        this.formErrors = formErrors;
        this.audit = audit;
    }

    // ---- data sources ---------------------------------------------------------------------

    @PreAuthorize(CATALOG_ADMIN)
    @GetMapping("/datasources")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("sources", dataSources.list(me, new PageRequest(0, PageRequest.MAX_SIZE)).content());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SourceForm());
        }
        model.addAttribute("types", DataSourceType.values());
        return "source/datasources";
    }

    @PreAuthorize(CATALOG_ADMIN)
    @Audited("DATA_SOURCE_REGISTER")
    @PostMapping("/datasources")
    String create(@ModelAttribute("form") SourceForm form, @AuthenticationPrincipal CurrentUser me, Model model,
                  Locale locale, RedirectAttributes redirect) {
        try {
            DataSourceInfo created = dataSources.register(me, form.toRequest(true));
            redirect.addFlashAttribute("notice", formErrors.message("DATA_SOURCE_SAVED", locale, created.name()));
            return "redirect:/datasources/" + created.id();
        } catch (GovdxException e) {
            model.addAttribute("errors", formErrors.of(e, locale));
            return list(me, model);
        }
    }

    @PreAuthorize(CATALOG_ADMIN)
    @GetMapping("/datasources/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        DataSourceInfo source = dataSources.get(me, id);
        model.addAttribute("source", source);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SourceForm.of(source));
        }
        if (source.type() == DataSourceType.FILE) {
            model.addAttribute("files", dataSources.files(me, id));
        }
        return "source/datasource";
    }

    @PreAuthorize(CATALOG_ADMIN)
    @Audited("DATA_SOURCE_UPDATE")
    @PostMapping("/datasources/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") SourceForm form,
                  @AuthenticationPrincipal CurrentUser me, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            DataSourceInfo saved = dataSources.update(me, id, form.toRequest(false));
            redirect.addFlashAttribute("notice", formErrors.message("DATA_SOURCE_SAVED", locale, saved.name()));
            return "redirect:/datasources/" + id;
        } catch (GovdxException e) {
            model.addAttribute("errors", formErrors.of(e, locale));
            return edit(id, me, model);
        }
    }

    @PreAuthorize(CATALOG_ADMIN)
    @Audited("DATA_SOURCE_TEST")
    @PostMapping("/datasources/{id}/test")
    String test(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale,
                RedirectAttributes redirect) {
        ConnectionCheck check = dataSources.test(me, id, locale);
        redirect.addFlashAttribute("check", check);
        return "redirect:/datasources/" + id;
    }

    @PreAuthorize(CATALOG_ADMIN)
    @Audited("DATA_SOURCE_UPLOAD")
    @PostMapping("/datasources/{id}/files")
    String upload(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
                  @AuthenticationPrincipal CurrentUser me, Model model, Locale locale, RedirectAttributes redirect)
            throws java.io.IOException {
        try {
            if (file == null || file.isEmpty()) {
                dataSources.get(me, id);
                throw GovdxException.invalid("file", "REQUIRED");
            }
            try (java.io.InputStream in = file.getInputStream()) {
                SourceFileInfo uploaded = dataSources.upload(me, id, file.getOriginalFilename(), in);
                redirect.addFlashAttribute("notice", formErrors.message("FILE_UPLOADED", locale, uploaded.name(),
                        uploaded.rows()));
            }
            return "redirect:/datasources/" + id;
        } catch (GovdxException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            model.addAttribute("errors", formErrors.of(e, locale));
            return edit(id, me, model);
        }
    }

    // ---- mounts -------------------------------------------------------------------------

    @PreAuthorize(CATALOG_ADMIN)
    @GetMapping("/mounts")
    String mountList(@AuthenticationPrincipal CurrentUser me, Model model, Locale locale) {
        model.addAttribute("mounts", mounts.ofMyOrg(me, locale));
        return "source/mounts";
    }

    /** Opens the mount editor of an entry named by its resource code. */
    @PreAuthorize(CATALOG_ADMIN)
    @GetMapping("/mounts/open")
    String open(@RequestParam(required = false) String code, @AuthenticationPrincipal CurrentUser me,
                Model model, Locale locale) {
        try {
            if (code == null || code.isBlank()) {
                throw GovdxException.invalid("code", "REQUIRED");
            }
            CatalogEntryView entry = catalog.getByCode(code.trim(), me);
            return "redirect:/mounts/" + entry.id();
        } catch (GovdxException e) {
            model.addAttribute("errors", formErrors.of(e, locale));
            return mountList(me, model, locale);
        }
    }

    @PreAuthorize(CATALOG_ADMIN)
    @GetMapping("/mounts/{entryId}")
    String mountEditor(@PathVariable long entryId, @RequestParam Map<String, String> params,
                       @AuthenticationPrincipal CurrentUser me, Model model, Locale locale) {
        CatalogEntryView entry = mounts.entryToMount(entryId, me);
        MountInfo current = mounts.find(entryId, me, locale).orElse(null);
        MountForm form = params.containsKey("type") ? MountForm.of(params, entry) : MountForm.of(current, entry);
        return editor(entry, current, form, me, model, locale);
    }

    @PreAuthorize(CATALOG_ADMIN)
    @Audited("MOUNT_CHANGE")
    @PostMapping("/mounts/{entryId}")
    String mount(@PathVariable long entryId, @RequestParam Map<String, String> params,
                 @AuthenticationPrincipal CurrentUser me, Model model, Locale locale, RedirectAttributes redirect) {
        CatalogEntryView entry = mounts.entryToMount(entryId, me);
        MountForm form = MountForm.of(params, entry);
        try {
            mounts.mount(entryId, form.toRequest(), me, locale);
            redirect.addFlashAttribute("notice", formErrors.message("MOUNT_SAVED", locale, entry.name()));
            return "redirect:/mounts/" + entryId + "/preview";
        } catch (GovdxException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            model.addAttribute("errors", formErrors.of(e, locale));
            return editor(entry, mounts.find(entryId, me, locale).orElse(null), form, me, model, locale);
        }
    }

    @PreAuthorize("hasAnyRole('ORG_CATALOG_ADMIN','PLATFORM_OPERATOR')")
    @Audited("MOUNT_CHECK")
    @PostMapping("/mounts/{entryId}/check")
    String check(@PathVariable long entryId, @AuthenticationPrincipal CurrentUser me, Locale locale,
                 RedirectAttributes redirect) {
        MountInfo checked = mounts.check(entryId, me, locale);
        redirect.addFlashAttribute("notice", formErrors.message("MOUNT_CHECKED", locale,
                formErrors.message("MOUNT_STATUS_" + checked.status(), locale),
                checked.reason() == null ? "" : checked.reason()));
        return "redirect:/mounts/" + entryId + "/preview";
    }

    @PreAuthorize("hasAnyRole('ORG_CATALOG_ADMIN','PLATFORM_OPERATOR')")
    @GetMapping("/mounts/{entryId}/preview")
    String preview(@PathVariable long entryId, @AuthenticationPrincipal CurrentUser me, Model model, Locale locale) {
        MountInfo mount = mounts.find(entryId, me, locale).orElse(null);
        model.addAttribute("mount", mount);
        model.addAttribute("entryId", entryId);
        if (mount != null) {
            try {
                MountPreview preview = mounts.preview(entryId, me);
                audit.record("MOUNT_PREVIEW", "entry:" + preview.resourceCode(), AuditResult.SUCCESS,
                        preview.rows().size() + " rows");
                model.addAttribute("preview", preview);
            } catch (GovdxException e) {
                if (e.status().value() == 404) {
                    throw e;
                }
                model.addAttribute("errors", formErrors.of(e, locale));
                model.addAttribute("mount", mounts.find(entryId, me, locale).orElse(null));
            }
        }
        return "source/preview";
    }

    @PreAuthorize("hasAnyRole('PLATFORM_OPERATOR','LEADER')")
    @GetMapping("/mounts/rates")
    String rates(Model model) {
        model.addAttribute("rates", mounts.rates());
        return "source/rates";
    }

    private String editor(CatalogEntryView entry, MountInfo current, MountForm form, CurrentUser me, Model model,
                          Locale locale) {
        model.addAttribute("entry", entry);
        model.addAttribute("mount", current);
        model.addAttribute("form", form);
        model.addAttribute("types", MountType.values());
        List<DataSourceInfo> sources = dataSources.list(me, new PageRequest(0, PageRequest.MAX_SIZE)).content();
        model.addAttribute("sources", sources);
        DataSourceInfo chosen = sources.stream().filter(s -> form.dataSourceId != null && s.id() == form.dataSourceId)
                .findFirst().orElse(null);
        List<String> choices = new ArrayList<>();
        Map<String, String> columnTypes = new LinkedHashMap<>();
        try {
            if (chosen != null && chosen.type() == DataSourceType.JDBC) {
                model.addAttribute("tables", dataSources.tables(me, chosen.id()));
                if (form.table != null && !form.table.isBlank()) {
                    for (SourceColumn c : dataSources.columns(me, chosen.id(), form.table)) {
                        choices.add(c.name());
                        columnTypes.put(c.name(), c.type() + (c.size() > 0 && c.size() < 100000 ? "(" + c.size() + ")" : ""));
                    }
                }
            } else if (chosen != null && chosen.type() == DataSourceType.FILE) {
                List<SourceFileInfo> files = dataSources.files(me, chosen.id());
                model.addAttribute("files", files);
                files.stream().filter(f -> form.fileId != null && f.id() == form.fileId).findFirst()
                        .ifPresent(f -> choices.addAll(f.columns()));
            }
        } catch (GovdxException e) {
            model.addAttribute("sourceErrors", formErrors.of(e, locale));
        }
        form.autoMatch(entry.items(), choices);
        model.addAttribute("choices", choices);
        model.addAttribute("columnTypes", columnTypes);
        return "source/mount";
    }

    /** The data source form; blank fields of an edit keep the stored value. */
    static class SourceForm {
        private String name;
        private DataSourceType type = DataSourceType.JDBC;
        private String jdbcUrl;
        private String username;
        private String password;
        private boolean clearPassword;
        private String baseUrl;
        private String headers;
        private boolean clearHeaders;

        static SourceForm of(DataSourceInfo info) {
            SourceForm f = new SourceForm();
            f.name = info.name();
            f.type = info.type();
            f.jdbcUrl = info.jdbcUrl();
            f.username = info.username();
            f.baseUrl = info.baseUrl();
            return f;
        }

        DataSourceRequest toRequest(boolean creating) {
            String pw = clearPassword ? "" : (password == null || password.isEmpty() ? null : password);
            Map<String, String> headerMap = null;
            if (clearHeaders) {
                headerMap = Map.of();
            } else if (headers != null && !headers.isBlank()) {
                headerMap = new LinkedHashMap<>();
                for (String line : headers.split("\\r?\\n")) {
                    int colon = line.indexOf(':');
                    if (!line.isBlank()) {
                        headerMap.put(colon < 0 ? line.trim() : line.substring(0, colon).trim(),
                                colon < 0 ? "" : line.substring(colon + 1).trim());
                    }
                }
            }
            return new DataSourceRequest(name, creating ? type : null, blank(jdbcUrl), blank(username) == null && !creating
                    ? "" : blank(username), pw, blank(baseUrl), headerMap);
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public DataSourceType getType() {
            return type;
        }

        public void setType(DataSourceType type) {
            this.type = type;
        }

        public String getJdbcUrl() {
            return jdbcUrl;
        }

        public void setJdbcUrl(String jdbcUrl) {
            this.jdbcUrl = jdbcUrl;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        /** Never echoed back into a page. */
        public String getPassword() {
            return null;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public boolean isClearPassword() {
            return clearPassword;
        }

        public void setClearPassword(boolean clearPassword) {
            this.clearPassword = clearPassword;
        }

        public String getBaseUrl() {
            return baseUrl;
        }

        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        /** Never echoed back into a page. */
        public String getHeaders() {
            return null;
        }

        public void setHeaders(String headers) {
            this.headers = headers;
        }

        public boolean isClearHeaders() {
            return clearHeaders;
        }

        public void setClearHeaders(boolean clearHeaders) {
            this.clearHeaders = clearHeaders;
        }
    }

    /** The mount editor's state: the chosen source, table or file, and the item → column choices. */
    static class MountForm {
        MountType type = MountType.TABLE;
        Long dataSourceId;
        String table;
        Long fileId;
        String recordsPath;
        String keyColumn;
        String changeTimestampColumn;
        final Map<String, String> columns = new LinkedHashMap<>();

        static MountForm of(MountInfo mount, CatalogEntryView entry) {
            MountForm f = new MountForm();
            if (mount != null) {
                f.type = mount.type();
                f.dataSourceId = mount.dataSourceId();
                f.table = mount.type() == MountType.FILE ? null : mount.table();
                f.fileId = mount.fileId();
                f.recordsPath = mount.recordsPath();
                f.keyColumn = mount.keyColumn();
                f.changeTimestampColumn = mount.changeTimestampColumn();
                f.columns.putAll(mount.columns());
            }
            return f;
        }

        static MountForm of(Map<String, String> params, CatalogEntryView entry) {
            MountForm f = new MountForm();
            try {
                f.type = MountType.valueOf(params.getOrDefault("type", "TABLE"));
            } catch (IllegalArgumentException e) {
                f.type = MountType.TABLE;
            }
            f.dataSourceId = number(params.get("dataSourceId"));
            f.table = blank(params.get("table"));
            f.fileId = number(params.get("fileId"));
            f.recordsPath = blank(params.get("recordsPath"));
            f.keyColumn = blank(params.get("keyColumn"));
            f.changeTimestampColumn = blank(params.get("changeTimestampColumn"));
            for (CatalogItemView item : entry.items()) {
                String column = blank(params.get("col." + item.code()));
                if (column != null) {
                    f.columns.put(item.code(), column);
                }
            }
            return f;
        }

        /** Proposes the column whose name equals an unmapped item's code. */
        void autoMatch(List<CatalogItemView> items, List<String> choices) {
            for (CatalogItemView item : items) {
                if (!columns.containsKey(item.code())) {
                    choices.stream().filter(c -> c.equalsIgnoreCase(item.code()) || c.equals(item.name())).findFirst()
                            .ifPresent(c -> columns.put(item.code(), c));
                }
            }
            if (keyColumn == null) {
                items.stream().filter(CatalogItemView::key).findFirst().map(i -> columns.get(i.code()))
                        .ifPresent(c -> keyColumn = c);
            }
        }

        MountRequest toRequest() {
            return new MountRequest(type, dataSourceId, table, keyColumn, changeTimestampColumn, columns, fileId,
                    recordsPath);
        }

        private static Long number(String s) {
            try {
                return s == null || s.isBlank() ? null : Long.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }

        public MountType getType() {
            return type;
        }

        public Long getDataSourceId() {
            return dataSourceId;
        }

        public String getTable() {
            return table;
        }

        public Long getFileId() {
            return fileId;
        }

        public String getRecordsPath() {
            return recordsPath;
        }

        public String getKeyColumn() {
            return keyColumn;
        }

        public String getChangeTimestampColumn() {
            return changeTimestampColumn;
        }

        public Map<String, String> getColumns() {
            return columns;
        }
    }
}

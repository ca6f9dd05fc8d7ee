package org.govdx.catalog.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.CatalogImportProblem;
import org.govdx.catalog.CatalogSearchHit;
import org.govdx.catalog.CatalogSearchQuery;
import org.govdx.common.FieldProblem;
import org.govdx.common.internal.ProblemFactory;
import org.govdx.identity.Audited;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** The catalog spreadsheet: template download, all-or-nothing import, export of a search result. */
@Tag(name = "catalog", description = "Resource catalog (政务数据资源目录)")
@RestController
@RequestMapping("/api/v1/catalog")
class CatalogExcelController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Most entries one export writes. */
    static final int EXPORT_LIMIT = 10_000;

    private final CatalogEntries entries;
    private final CatalogEntryService service;
    private final CatalogImporter importer;
    private final CatalogIndex index;
    private final ProblemFactory problems;

    CatalogExcelController(CatalogEntries entries, CatalogEntryService service, CatalogImporter importer,
                           CatalogIndex index, ProblemFactory problems) {
        this.entries = entries;
        this.service = service;
        this.importer = importer;
        this.index = index;
        this.problems = problems;
    }

    @Operation(summary = "The XLSX template: one row per item, with dropdowns, instructions and classification codes")
    @PreAuthorize("hasAnyRole('ORG_CATALOG_ADMIN','PLATFORM_OPERATOR')")
    @GetMapping("/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        attachment(response, "政务数据资源目录导入模板.xlsx");
        CatalogWorkbooks.template(response.getOutputStream(), entries.classifications());
    }

    @Operation(summary = "Import drafts from the template (multipart field 'file', or the XLSX as the body); all or nothing")
    @PreAuthorize("hasRole('ORG_CATALOG_ADMIN')")
    @Audited("CATALOG_IMPORT")
    @PostMapping("/import")
    ResponseEntity<?> importSheet(HttpServletRequest request, @AuthenticationPrincipal CurrentUser me,
                                  Locale locale) throws IOException {
        try (InputStream in = upload(request)) {
            List<CatalogImporter.Imported> imported = importer.importFrom(in, me, locale);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("imported", imported.size());
            body.put("items", imported.stream().mapToInt(CatalogImporter.Imported::items).sum());
            body.put("entries", imported);
            return ResponseEntity.ok(body);
        } catch (CatalogImporter.Rejected rejected) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(rejection(rejected.problems(), locale));
        }
    }

    /** The refusal: a problem with {@code errors[]} (field = row and column) and the full {@code report}. */
    ProblemDetail rejection(List<CatalogImportProblem> report, Locale locale) {
        List<FieldProblem> fields = report.stream().limit(1000)
                .map(p -> new FieldProblem(p.column() == null ? "row " + p.row() : p.column() + p.row(), p.code()))
                .toList();
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "IMPORT_REJECTED",
                new Object[] {report.size()}, fields, locale);
        // the messages of errors[] carry no arguments; the report has each one in full
        problem.setProperty("errors", report.stream().limit(1000).map(p -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("field", p.column() == null ? "row " + p.row() : p.column() + p.row());
            e.put("code", p.code());
            e.put("message", p.message());
            return e;
        }).toList());
        problem.setProperty("report", report);
        return problem;
    }

    @Operation(summary = "Export the search result (same filters as the search) as XLSX")
    @PreAuthorize("isAuthenticated() and !hasRole('AUDIT_ADMIN')")
    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> classification,
                @RequestParam(required = false) List<String> provider,
                @RequestParam(required = false) List<String> shareType,
                @RequestParam(required = false) List<String> format, @RequestParam(required = false) List<String> grade,
                @RequestParam(required = false) List<String> updateCycle,
                @RequestParam(required = false) List<String> status, @AuthenticationPrincipal CurrentUser me,
                HttpServletResponse response) throws IOException {
        CatalogSearchQuery query = new CatalogSearchQuery(q, classification, provider, shareType, format, grade,
                updateCycle, status, 0, CatalogSearchQuery.MAX_SIZE);
        List<CatalogSearchHit> hits = index.searchAll(query, me.hasRole(Role.PLATFORM_OPERATOR),
                java.util.Set.of(me.orgId()), EXPORT_LIMIT);
        Map<Long, Integer> versions = new LinkedHashMap<>();
        hits.forEach(h -> versions.put(h.id(), h.version()));
        List<CatalogEntryView> views = service.viewsOf(versions);
        attachment(response, "政务数据资源目录.xlsx");
        CatalogWorkbooks.export(response.getOutputStream(), views);
    }

    private static InputStream upload(HttpServletRequest request) throws IOException {
        if (request instanceof MultipartHttpServletRequest multipart) {
            MultipartFile file = multipart.getFile("file");
            if (file == null && !multipart.getFileMap().isEmpty()) {
                file = multipart.getFileMap().values().iterator().next();
            }
            return file == null ? InputStream.nullInputStream() : file.getInputStream();
        }
        return request.getInputStream();
    }

    private static void attachment(HttpServletResponse response, String filename) {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"catalog.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}

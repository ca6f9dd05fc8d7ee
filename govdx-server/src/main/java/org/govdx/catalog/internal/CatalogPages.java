package org.govdx.catalog.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.CatalogImportProblem;
import org.govdx.catalog.CatalogReviewDecision;
import org.govdx.catalog.CatalogSearch;
import org.govdx.catalog.CatalogSearchHit;
import org.govdx.catalog.CatalogSearchQuery;
import org.govdx.catalog.CatalogStatus;
import org.govdx.catalog.CatalogSubmission;
import org.govdx.catalog.CatalogVersionView;
import org.govdx.catalog.DataGrade;
import org.govdx.catalog.ItemDataType;
import org.govdx.catalog.OpenType;
import org.govdx.catalog.ResourceFormat;
import org.govdx.catalog.ShareMode;
import org.govdx.catalog.ShareType;
import org.govdx.catalog.UpdateCycle;
import org.govdx.common.FormErrors;
import org.govdx.common.GovdxException;
import org.govdx.common.masking.MaskingRule;
import org.govdx.identity.Audited;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalog pages: search with facets, entry detail, editor, review queue, import and export. */
@Controller
@RequestMapping("/catalog")
class CatalogPages {

    static final String READERS = "isAuthenticated() and !hasRole('AUDIT_ADMIN')";

    private final CatalogEntries entries;
    private final CatalogEntryService service;
    private final CatalogSearch search;
    private final CatalogIndex index;
    private final CatalogImporter importer;
    private final FormErrors formErrors;

    CatalogPages(CatalogEntries entries, CatalogEntryService service, CatalogSearch search, CatalogIndex index,
                 CatalogImporter importer, FormErrors formErrors) {
        this.entries = entries;
        this.service = service;
        this.search = search;
        this.index = index;
        this.importer = importer;
        this.formErrors = formErrors;
    }

    @PreAuthorize(READERS)
    @GetMapping
    String search(@RequestParam(required = false) String q,
                  @RequestParam(required = false) List<String> classification,
                  @RequestParam(required = false) List<String> provider,
                  @RequestParam(required = false) List<String> shareType,
                  @RequestParam(required = false) List<String> format,
                  @RequestParam(required = false) List<String> grade,
                  @RequestParam(required = false) List<String> updateCycle,
                  @RequestParam(required = false) List<String> status,
                  @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser me, Model model) {
        CatalogSearchQuery query = new CatalogSearchQuery(q, classification, provider, shareType, format, grade,
                updateCycle, status, page, 20);
        model.addAttribute("query", query);
        model.addAttribute("result", search.search(query, me));
        Map<String, List<String>> selected = new LinkedHashMap<>();
        selected.put("classification", query.classification());
        selected.put("provider", query.provider());
        selected.put("shareType", query.shareType());
        selected.put("format", query.format());
        selected.put("grade", query.grade());
        selected.put("updateCycle", query.updateCycle());
        selected.put("status", query.status());
        model.addAttribute("selected", selected);
        model.addAttribute("facetLinks", facetLinks(query, selected, model));
        model.addAttribute("exportUrl", url(query, selected, null, null, "/catalog/export.xlsx").replace("&page=0", ""));
        return "catalog/search";
    }

    /** A facet value as a link that adds or removes it from the filters. */
    record FacetLink(String value, String label, long count, boolean selected, String url) {
    }

    private Map<String, List<FacetLink>> facetLinks(CatalogSearchQuery query, Map<String, List<String>> selected,
                                                    Model model) {
        org.govdx.catalog.CatalogSearchResult result =
                (org.govdx.catalog.CatalogSearchResult) model.getAttribute("result");
        Map<String, List<FacetLink>> links = new LinkedHashMap<>();
        result.facets().forEach((dim, counts) -> links.put(dim, counts.stream().map(c -> {
            boolean on = selected.get(dim).contains(c.value());
            return new FacetLink(c.value(), c.label(), c.count(), on, url(query, selected, dim, c.value(), "/catalog"));
        }).toList()));
        return links;
    }

    /** The search URL with {@code value} of {@code dim} toggled (none when dim is null). */
    static String url(CatalogSearchQuery query, Map<String, List<String>> selected, String dim, String value,
                      String path) {
        org.springframework.web.util.UriComponentsBuilder b =
                org.springframework.web.util.UriComponentsBuilder.fromPath(path);
        if (query.q() != null && !query.q().isBlank()) {
            b.queryParam("q", query.q());
        }
        selected.forEach((d, values) -> {
            java.util.List<String> list = new java.util.ArrayList<>(values);
            if (d.equals(dim)) {
                if (!list.remove(value)) {
                    list.add(value);
                }
            }
            if (!list.isEmpty()) {
                b.queryParam(d, String.join(",", list));
            }
        });
        return b.encode().build().toUriString();
    }

    @PreAuthorize(READERS)
    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) Integer version,
                  @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                  @AuthenticationPrincipal CurrentUser me, Model model) {
        CatalogEntryView entry = version == null ? entries.get(id, me) : entries.get(id, version, me);
        List<CatalogVersionView> versions = entries.versions(id, me);
        model.addAttribute("entry", entry);
        model.addAttribute("versions", versions);
        if (from != null && to != null) {
            model.addAttribute("comparison", entries.compare(id, from, to, me));
        }
        boolean provider = me.hasRole(Role.ORG_CATALOG_ADMIN) && me.orgId() == entry.providerOrgId();
        boolean latest = entry.version() == entry.latestVersion();
        model.addAttribute("canEdit", provider && latest
                && (entry.status() == CatalogStatus.DRAFT || entry.status() == CatalogStatus.PUBLISHED));
        model.addAttribute("canSubmit", provider && latest && entry.status() == CatalogStatus.DRAFT);
        model.addAttribute("canWithdraw", provider && entry.status() != CatalogStatus.WITHDRAWN);
        model.addAttribute("canReview", me.hasRole(Role.PLATFORM_OPERATOR) && latest
                && entry.status() == CatalogStatus.SUBMITTED);
        return "catalog/detail";
    }

    @PreAuthorize("hasRole('ORG_CATALOG_ADMIN')")
    @GetMapping("/new")
    String newEntry(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CatalogForm.empty());
        }
        return editor(model, null);
    }

    @PreAuthorize("hasRole('ORG_CATALOG_ADMIN')")
    @Audited("CATALOG_CREATE")
    @PostMapping
    String create(@ModelAttribute("form") CatalogForm form, @AuthenticationPrincipal CurrentUser me, Model model,
                  Locale locale, RedirectAttributes redirect) {
        try {
            CatalogEntryView created = entries.create(form.toRequest(), me);
            redirect.addFlashAttribute("notice", formErrors.message("CATALOG_SAVED", locale, created.code()));
            return "redirect:/catalog/" + created.id();
        } catch (GovdxException e) {
            model.addAttribute("errors", formErrors.of(e, locale));
            form.trimItems();
            form.padItems();
            return editor(model, null);
        }
    }

    @PreAuthorize("hasRole('ORG_CATALOG_ADMIN')")
    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        CatalogEntryView entry = entries.get(id, me);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CatalogForm.of(entry));
        }
        return editor(model, entry);
    }

    @PreAuthorize("hasRole('ORG_CATALOG_ADMIN')")
    @Audited("CATALOG_UPDATE")
    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") CatalogForm form,
                  @AuthenticationPrincipal CurrentUser me, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            CatalogEntryView saved = entries.update(id, form.toRequest(), me);
            redirect.addFlashAttribute("notice", formErrors.message("CATALOG_SAVED", locale, saved.code()));
            return "redirect:/catalog/" + id;
        } catch (GovdxException e) {
            if (e.errors().isEmpty()) {
                throw e;
            }
            model.addAttribute("errors", formErrors.of(e, locale));
            form.trimItems();
            form.padItems();
            return editor(model, entries.get(id, me));
        }
    }

    private String editor(Model model, CatalogEntryView entry) {
        model.addAttribute("entry", entry);
        model.addAttribute("classifications", entries.classifications());
        model.addAttribute("formats", ResourceFormat.values());
        model.addAttribute("shareTypes", ShareType.values());
        model.addAttribute("shareModes", ShareMode.values());
        model.addAttribute("openTypes", OpenType.values());
        model.addAttribute("updateCycles", UpdateCycle.values());
        model.addAttribute("grades", DataGrade.values());
        model.addAttribute("dataTypes", ItemDataType.values());
        model.addAttribute("maskingRules", MaskingRule.values());
        Map<String, Enum<?>[]> options = new LinkedHashMap<>();
        options.put("format", ResourceFormat.values());
        options.put("shareType", ShareType.values());
        options.put("shareMode", ShareMode.values());
        options.put("openType", OpenType.values());
        options.put("updateCycle", UpdateCycle.values());
        options.put("grade", DataGrade.values());
        model.addAttribute("options", options);
        return "catalog/edit";
    }

    @PreAuthorize("hasRole('ORG_CATALOG_ADMIN')")
    @Audited("CATALOG_SUBMIT")
    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) Boolean confidentialityRiskAssessed,
                  @RequestParam(required = false) Boolean personalInfoImpactAssessed,
                  @RequestParam(required = false) String approvedBy, @AuthenticationPrincipal CurrentUser me,
                  Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, "CATALOG_SUBMITTED", () -> entries.submit(id,
                new CatalogSubmission(confidentialityRiskAssessed, personalInfoImpactAssessed, approvedBy), me));
    }

    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    @Audited("CATALOG_REVIEW")
    @PostMapping("/{id}/review")
    String review(@PathVariable long id, @RequestParam(required = false) Boolean approve,
                  @RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser me,
                  Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, Boolean.TRUE.equals(approve) ? "CATALOG_PUBLISHED" : "CATALOG_REJECTED",
                () -> entries.review(id, new CatalogReviewDecision(approve, comment), me));
    }

    @PreAuthorize("hasRole('ORG_CATALOG_ADMIN')")
    @Audited("CATALOG_WITHDRAW")
    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason,
                    @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, "CATALOG_WITHDRAWN", () -> entries.withdraw(id, reason, me));
    }

    private String act(long id, Locale locale, RedirectAttributes redirect, String notice,
                       java.util.function.Supplier<CatalogEntryView> action) {
        try {
            CatalogEntryView view = action.get();
            redirect.addFlashAttribute("notice", formErrors.message(notice, locale, view.code()));
        } catch (GovdxException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("errors", formErrors.of(e, locale));
        }
        return "redirect:/catalog/" + id;
    }

    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    @GetMapping("/reviews")
    String reviews(Model model) {
        model.addAttribute("tasks", entries.reviewQueue());
        model.addAttribute("rates", entries.mountingRates());
        return "catalog/reviews";
    }

    @PreAuthorize("hasRole('ORG_CATALOG_ADMIN')")
    @GetMapping("/import")
    String importPage() {
        return "catalog/import";
    }

    @PreAuthorize("hasRole('ORG_CATALOG_ADMIN')")
    @Audited("CATALOG_IMPORT")
    @PostMapping("/import")
    String importSheet(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal CurrentUser me,
                       Locale locale, Model model) throws IOException {
        try {
            List<CatalogImporter.Imported> imported = importer.importFrom(
                    file == null ? java.io.InputStream.nullInputStream() : file.getInputStream(), me, locale);
            model.addAttribute("imported", imported);
            model.addAttribute("notice", formErrors.message("CATALOG_IMPORTED", locale, imported.size()));
        } catch (CatalogImporter.Rejected rejected) {
            List<CatalogImportProblem> report = rejected.problems();
            model.addAttribute("report", report);
            model.addAttribute("errors", Map.of("_global",
                    formErrors.message("IMPORT_REJECTED", locale, report.size())));
        }
        return "catalog/import";
    }

    @PreAuthorize("hasAnyRole('ORG_CATALOG_ADMIN','PLATFORM_OPERATOR')")
    @GetMapping("/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType(CatalogExcelController.XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"catalog-template.xlsx\"");
        CatalogWorkbooks.template(response.getOutputStream(), entries.classifications());
    }

    @PreAuthorize(READERS)
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
                java.util.Set.of(me.orgId()), CatalogExcelController.EXPORT_LIMIT);
        Map<Long, Integer> versions = new LinkedHashMap<>();
        hits.forEach(h -> versions.put(h.id(), h.version()));
        response.setContentType(CatalogExcelController.XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"catalog.xlsx\"");
        CatalogWorkbooks.export(response.getOutputStream(), service.viewsOf(versions));
    }
}

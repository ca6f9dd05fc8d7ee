package org.govdx.provenance.internal;

import java.util.Locale;
import java.util.Map;
import org.govdx.common.FormErrors;
import org.govdx.common.GovdxException;
import org.govdx.common.Validation;
import org.govdx.identity.CurrentUser;
import org.govdx.provenance.Provenance;
import org.govdx.provenance.ProvenanceChain;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The provenance page: one search box (a usage request id, or a grant id with {@code by=grant}; digits
 * alone are taken as a grant id) and the chain as a timeline whose steps link to their proof bundles.
 */
@Controller
@RequestMapping("/provenance")
@PreAuthorize(ProvenanceApiController.WHO)
class ProvenancePages {

    private final Provenance provenance;
    private final FormErrors formErrors;

    ProvenancePages(Provenance provenance, FormErrors formErrors) {
        this.provenance = provenance;
        this.formErrors = formErrors;
    }

    @GetMapping
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) String by,
                @AuthenticationPrincipal CurrentUser me, Model model, Locale locale) {
        String query = q == null ? "" : q.trim();
        boolean byGrant = "grant".equals(by) || (!"request".equals(by) && query.matches("[0-9]{1,18}"));
        model.addAttribute("q", query);
        model.addAttribute("by", byGrant ? "grant" : "request");
        if (query.isEmpty()) {
            return "provenance/provenance";
        }
        try {
            ProvenanceChain chain = byGrant
                    ? provenance.ofGrant(ProvenanceApiController.Query.of(null, query, true).grantId(), me, locale)
                    : provenance.ofRequest(query, me, locale);
            model.addAttribute("chain", chain);
        } catch (GovdxException e) {
            Map<String, String> errors = formErrors.of(e, locale);
            model.addAttribute("error", errors.size() > 1 ? String.join("；", errors.values().stream().skip(1).toList())
                    : errors.get("_global"));
        }
        return "provenance/provenance";
    }

    @GetMapping("/proof")
    ResponseEntity<byte[]> proof(@RequestParam(required = false) String index,
                                 @RequestParam(required = false) String requestId,
                                 @RequestParam(required = false) String grantId,
                                 @AuthenticationPrincipal CurrentUser me) {
        Validation v = new Validation();
        Long i = ProvenanceApiController.Query.number(index, "index", v);
        v.check(index == null || index.isBlank(), "index", "REQUIRED");
        v.throwIfInvalid();
        ProvenanceApiController.Query q = ProvenanceApiController.Query.of(requestId, grantId, false);
        return ProvenanceApiController.download(provenance.proofBundle(i, q.requestId(), q.grantId(), me));
    }
}

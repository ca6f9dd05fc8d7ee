package org.govdx.provenance.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.govdx.common.GovdxException;
import org.govdx.common.Validation;
import org.govdx.identity.CurrentUser;
import org.govdx.provenance.ProofBundle;
import org.govdx.provenance.Provenance;
import org.govdx.provenance.ProvenanceChain;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provenance API: the chain behind a request id or a grant, and each step's proof bundle. For the
 * users of the grant's two orgs, the platform operator and the auditors; 404 to everyone else.
 */
@Tag(name = "provenance", description = "Provenance (溯源): the ledger facts behind a data flow, with proofs")
@RestController
@RequestMapping("/api/v1/provenance")
@PreAuthorize(ProvenanceApiController.WHO)
class ProvenanceApiController {

    static final String WHO = "hasAnyRole('ORG_DATA_USER','ORG_APPROVER','ORG_CATALOG_ADMIN','PLATFORM_OPERATOR',"
            + "'AUDIT_ADMIN')";

    private final Provenance provenance;

    ProvenanceApiController(Provenance provenance) {
        this.provenance = provenance;
    }

    @Operation(summary = "The provenance chain of a usage request id or of a grant (give exactly one)")
    @GetMapping
    ProvenanceChain chain(@RequestParam(required = false) String requestId,
                          @RequestParam(required = false) String grantId,
                          @AuthenticationPrincipal CurrentUser me, Locale locale) {
        Query q = Query.of(requestId, grantId, true);
        return q.grantId() != null ? provenance.ofGrant(q.grantId(), me, locale)
                : provenance.ofRequest(q.requestId(), me, locale);
    }

    @Operation(summary = "A step's proof bundle (ZIP: leaf, inclusion proof, signed checkpoint, key, README) "
            + "for `govdx-ledger verify-inclusion`")
    @GetMapping("/proof")
    ResponseEntity<byte[]> proof(@RequestParam(required = false) String index,
                                 @RequestParam(required = false) String requestId,
                                 @RequestParam(required = false) String grantId,
                                 @AuthenticationPrincipal CurrentUser me) {
        Validation v = new Validation();
        Long i = Query.number(index, "index", v);
        v.check(index == null || index.isBlank(), "index", "REQUIRED");
        v.throwIfInvalid();
        Query q = Query.of(requestId, grantId, false);
        return download(provenance.proofBundle(i, q.requestId(), q.grantId(), me));
    }

    static ResponseEntity<byte[]> download(ProofBundle bundle) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(bundle.fileName()).build().toString())
                .body(bundle.zip());
    }

    /** The request id or grant id a chain is asked for. */
    record Query(String requestId, Long grantId) {

        /**
         * Checks the parameters: at most one of them ({@code required}: exactly one).
         *
         * @throws GovdxException 400 with field errors
         */
        static Query of(String requestId, String grantId, boolean required) {
            Validation v = new Validation();
            boolean hasRequest = requestId != null && !requestId.isBlank();
            boolean hasGrant = grantId != null && !grantId.isBlank();
            v.check(required && !hasRequest && !hasGrant, "requestId", "PROVENANCE_QUERY_REQUIRED");
            v.check(hasRequest && hasGrant, "grantId", "PROVENANCE_ONE_QUERY");
            Long grant = number(grantId, "grantId", v);
            v.throwIfInvalid();
            return new Query(hasRequest ? requestId.trim() : null, grant);
        }

        static Long number(String text, String field, Validation v) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                long value = Long.parseLong(text.trim());
                v.check(value < 0, field, "LEDGER_NEGATIVE");
                return value;
            } catch (NumberFormatException e) {
                v.check(true, field, "LEDGER_NOT_A_NUMBER");
                return null;
            }
        }
    }
}

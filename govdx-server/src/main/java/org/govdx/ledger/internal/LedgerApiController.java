package org.govdx.ledger.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.govdx.common.FormErrors;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.common.Validation;
import org.govdx.identity.Audited;
import org.govdx.ledger.Ledger;
import org.govdx.ledger.LedgerAuditReport;
import org.govdx.ledger.LedgerConsistencyProof;
import org.govdx.ledger.LedgerEntry;
import org.govdx.ledger.LedgerEntrySummary;
import org.govdx.ledger.LedgerInclusionProof;
import org.govdx.ledger.LedgerQuery;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger API. Checkpoint, public key and proofs are verification material: any signed-in user
 * may fetch them (they reveal no entry data). Entries, their search and the audit are for the audit
 * admin.
 */
@Tag(name = "ledger", description = "Tamper-evident ledger: checkpoints, proofs, entries, audit")
@RestController
@RequestMapping("/api/v1/ledger")
class LedgerApiController {

    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final Ledger ledger;
    private final FormErrors messages;
    private final LedgerExport export;

    LedgerApiController(Ledger ledger, FormErrors messages, LedgerExport export) {
        this.ledger = ledger;
        this.messages = messages;
        this.export = export;
    }

    @Operation(summary = "The latest signed checkpoint (C2SP tlog-checkpoint signed note), as text")
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/checkpoint")
    ResponseEntity<String> checkpoint() {
        String note = ledger.latestCheckpoint()
                .orElseThrow(() -> GovdxException.notFound("LEDGER_NO_CHECKPOINT")).note();
        return ResponseEntity.ok().contentType(TEXT).body(note);
    }

    @Operation(summary = "The checkpoint verifier key (signed-note vkey), as text")
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/public-key")
    ResponseEntity<String> publicKey() {
        return ResponseEntity.ok().contentType(TEXT).body(ledger.publicKey() + "\n");
    }

    @Operation(summary = "Every trusted checkpoint verifier key, one a line: the current one first, then those of "
            + "signer keys used before a rotation (older checkpoints verify with one of them)")
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/public-keys")
    ResponseEntity<String> publicKeys() {
        return ResponseEntity.ok().contentType(TEXT).body(String.join("\n", ledger.publicKeys()) + "\n");
    }

    @Operation(summary = "One entry: its canonical JSON data and leaf hash")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    @GetMapping("/entries/{index}")
    LedgerEntry entry(@PathVariable long index) {
        return ledger.entry(index);
    }

    @Operation(summary = "Inclusion proof of an entry; treeSize defaults to the latest checkpoint's")
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/proof/inclusion")
    LedgerInclusionProof inclusion(@RequestParam(required = false) String index,
                                   @RequestParam(required = false) String treeSize) {
        Validation v = new Validation();
        Long i = number(index, "index", v);
        Long size = number(treeSize, "treeSize", v);
        v.throwIfInvalid();
        return ledger.inclusionProof(i, size);
    }

    @Operation(summary = "Consistency proof between two tree sizes; to defaults to the latest checkpoint's")
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/proof/consistency")
    LedgerConsistencyProof consistency(@RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to) {
        Validation v = new Validation();
        Long f = number(from, "from", v);
        Long t = number(to, "to", v);
        v.throwIfInvalid();
        return ledger.consistencyProof(f, t);
    }

    @Operation(summary = "Search entries, newest first (from/to: ISO instant or date)")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    @GetMapping("/entries")
    PageResponse<LedgerEntrySummary> search(@RequestParam(required = false) String type,
                                            @RequestParam(required = false) String org,
                                            @RequestParam(required = false) String actor,
                                            @RequestParam(required = false) String key,
                                            @RequestParam(required = false) String from,
                                            @RequestParam(required = false) String to,
                                            @RequestParam(required = false) String page,
                                            @RequestParam(required = false) String size) {
        Validation v = new Validation();
        Instant fromTime = TimeParam.parse(from, "from", false, v);
        Instant toTime = TimeParam.parse(to, "to", true, v);
        Long pageNumber = number(page, "page", v);
        Long pageSize = number(size, "size", v);
        v.check(pageSize != null && pageSize < 1, "size", "LEDGER_NEGATIVE");
        v.throwIfInvalid();
        PageRequest request = new PageRequest(pageNumber == null ? 0 : (int) Math.min(pageNumber, Integer.MAX_VALUE),
                pageSize == null ? 50 : (int) Math.min(pageSize, PageRequest.MAX_SIZE));
        return ledger.search(new LedgerQuery(type, org, actor, key, fromTime, toTime), request);
    }

    @Operation(summary = "Export the stored leaves as NDJSON ({\"index\",\"data\",\"leafHash\"} a line) for "
            + "`govdx-ledger audit`; from defaults to 0, to to the stored tree size. Fetch /checkpoints first. "
            + "Answers 406 to a client that accepts only JSON.")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    @GetMapping("/export")
    void exportLeaves(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                      HttpServletResponse response) throws IOException {
        if (!acceptsNdjson(accept)) {
            throw new GovdxException(HttpStatus.NOT_ACCEPTABLE, "LEDGER_EXPORT_IS_NDJSON");
        }
        Validation v = new Validation();
        Long f = number(from, "from", v);
        Long t = number(to, "to", v);
        v.throwIfInvalid();
        long size = export.treeSize();
        long start = f == null ? 0 : f;
        long end = t == null ? size : t;
        v.check(end > size, "to", "LEDGER_EXPORT_BEYOND_TREE", Long.toString(size));
        v.check(start > end, "from", "LEDGER_FROM_AFTER_TO", Long.toString(end));
        v.throwIfInvalid();
        response.setContentType("application/x-ndjson;charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"ledger-leaves-" + start + "-" + end + ".ndjson\"");
        response.setHeader("X-Ledger-Tree-Size", Long.toString(size));
        export.leaves(start, end, response.getOutputStream());
    }

    @Operation(summary = "Every signed checkpoint, smallest tree first, each note followed by a blank line "
            + "(the format of the anchor file and of `govdx-ledger audit --checkpoints`)")
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/checkpoints")
    void checkpoints(HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"ledger-checkpoints.txt\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        export.checkpoints(writer);
    }

    /** The audit report with a message in the caller's language. */
    record AuditResponse(boolean ok, long treeSize, long checkedEntries, long checkedCheckpoints, Long firstBadIndex,
                         Long checkpointSize, String problem, String message, String detail, long millis) {
    }

    @Operation(summary = "Recompute the whole tree and check it against the stored hashes and every checkpoint")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    @Audited("LEDGER_AUDIT")
    @PostMapping("/audit")
    AuditResponse audit(Locale locale) {
        LedgerAuditReport r = ledger.audit();
        return new AuditResponse(r.ok(), r.treeSize(), r.checkedEntries(), r.checkedCheckpoints(), r.firstBadIndex(),
                r.checkpointSize(), r.problem(), AuditMessages.of(r, messages, locale), r.detail(), r.millis());
    }

    /** NDJSON is not JSON: a client that accepts only JSON would fail to read the export. */
    private static boolean acceptsNdjson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(t -> t.includes(NDJSON));
        } catch (InvalidMediaTypeException e) {
            return true;
        }
    }

    private static Long number(String text, String field, Validation v) {
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

package org.govdx.exchange.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govdx.common.PageResponse;
import org.govdx.identity.CurrentApp;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exchange gateway for consumer apps (app tokens only). {@code {resourceCode}} is the entry's
 * code, URL-encoded ({@code 101001%2F00001}), or its id.
 */
@RestController
@RequestMapping("/api/v1/exchange")
@PreAuthorize("hasAuthority('APP')")
@Tag(name = "Exchange gateway", description = "Query, verify and export granted data with an app token")
class ExchangeApiController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    private static final Set<String> RESERVED = Set.of("page", "size", "sort");

    private final ExchangeGateway gateway;
    private final UsageRecorder recorder;
    private final JsonMapper json;

    ExchangeApiController(ExchangeGateway gateway, UsageRecorder recorder, JsonMapper json) {
        this.gateway = gateway;
        this.recorder = recorder;
        this.json = json;
    }

    @Operation(summary = "Granted records, filtered by ?itemCode=value; Accept text/csv or application/x-ndjson "
            + "streams the whole granted result (bulk mode)")
    @GetMapping("/{resourceCode}/records")
    ResponseEntity<byte[]> records(@PathVariable String resourceCode,
                                   @RequestParam MultiValueMap<String, String> params,
                                   @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                   @AuthenticationPrincipal CurrentApp app, HttpServletRequest request,
                                   HttpServletResponse response) throws IOException {
        UsageDraft draft = draft(request);
        Map<String, String> equalities = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (!RESERVED.contains(name)) {
                if (values.size() != 1) {
                    throw Refusals.badFilter("DUPLICATE_PARAMETER", name, name);
                }
                equalities.put(name, values.get(0));
            }
        });
        MediaType bulk = bulkType(accept);
        if (bulk != null) {
            ExchangeGateway.Export export = guarded(response,
                    () -> gateway.prepareExport(draft, app, resourceCode, equalities, params.get("sort")));
            response.setStatus(200);
            response.setContentType(bulk.toString() + ";charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                    + export.target().entry().code().replace('/', '-') + (bulk == CSV ? ".csv" : ".ndjson") + "\"");
            RecordSink sink = bulk == CSV ? new CsvSink(response.getOutputStream())
                    : new NdjsonSink(response.getOutputStream(), json);
            gateway.stream(draft, export, sink);
            return null;
        }
        QueryInput input = new QueryInput(equalities, null, null, params.get("sort"), integer(params, "page"),
                integer(params, "size"));
        return page(draft, guarded(response, () -> gateway.query(draft, app, resourceCode, input)));
    }

    @Operation(summary = "Granted records by a JSON filter (eq, in, between, prefix, and), sort and page")
    @PostMapping("/{resourceCode}/query")
    ResponseEntity<byte[]> query(@PathVariable String resourceCode, @RequestBody(required = false) JsonNode body,
                                 @AuthenticationPrincipal CurrentApp app, HttpServletRequest request,
                                 HttpServletResponse response) {
        UsageDraft draft = draft(request);
        JsonNode b = body == null ? json.createObjectNode() : body;
        QueryInput input = new QueryInput(Map.of(), b.get("filter") == null ? json.createObjectNode() : b.get("filter"),
                b.get("sort"), null, intField(b, "page"), intField(b, "size"));
        return page(draft, guarded(response, () -> gateway.query(draft, app, resourceCode, input)));
    }

    @Operation(summary = "核验: {\"conditions\":{item: value}} answers {\"match\": true|false} and nothing else")
    @PostMapping("/{resourceCode}/verify")
    Map<String, Boolean> verify(@PathVariable String resourceCode, @RequestBody(required = false) JsonNode body,
                                @AuthenticationPrincipal CurrentApp app, HttpServletRequest request,
                                HttpServletResponse response) {
        UsageDraft draft = draft(request);
        boolean match = guarded(response, () -> gateway.verify(draft, app, resourceCode,
                body == null ? null : body.get("conditions")));
        draft.bytes = match ? 14 : 15;
        recorder.record(draft);
        return Map.of("match", match);
    }

    /** Serializes first, records the call with its size, then answers: no data without its record. */
    private ResponseEntity<byte[]> page(UsageDraft draft, PageResponse<Map<String, Object>> page) {
        byte[] body = json.writeValueAsBytes(page);
        draft.bytes = body.length;
        recorder.record(draft);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** Adds {@code Retry-After} to a rate-limit refusal before the problem is written. */
    private static <T> T guarded(HttpServletResponse response, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ExchangeGateway.RateLimited e) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
            throw e;
        }
    }

    private static UsageDraft draft(HttpServletRequest request) {
        return (UsageDraft) request.getAttribute(UsageDraft.ATTRIBUTE);
    }

    private static MediaType bulkType(String accept) {
        if (accept == null) {
            return null;
        }
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
            if (type.isCompatibleWith(CSV) && !type.isWildcardType()) {
                return CSV;
            }
            if (type.isCompatibleWith(NDJSON) && !type.isWildcardType()) {
                return NDJSON;
            }
        }
        return null;
    }

    private static Integer integer(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(values.get(0).trim());
        } catch (NumberFormatException e) {
            throw Refusals.badFilter("INVALID_PAGE", name);
        }
    }

    private static Integer intField(JsonNode body, String name) {
        JsonNode n = body.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber()) {
            throw Refusals.badFilter("INVALID_PAGE", name);
        }
        return n.intValue();
    }
}

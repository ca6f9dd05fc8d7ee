package org.govdx.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.Audited;
import org.govdx.identity.OrgInfo;
import org.govdx.identity.OrgRequest;
import org.govdx.identity.OrgType;
import org.govdx.identity.Orgs;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The org tree is known to every signed-in user except the auditor; only SYS_ADMIN changes it. */
@Tag(name = "orgs", description = "Organisations (city, counties/districts, departments)")
@RestController
@RequestMapping("/api/v1/orgs")
class OrgApiController {

    static final String READERS = "isAuthenticated() and !hasRole('AUDIT_ADMIN')";

    private final Orgs orgs;

    OrgApiController(Orgs orgs) {
        this.orgs = orgs;
    }

    @Operation(summary = "List organisations")
    @PreAuthorize(READERS)
    @GetMapping
    PageResponse<OrgInfo> list(@RequestParam(required = false) String q,
                               @RequestParam(required = false) OrgType type,
                               @RequestParam(required = false) Long parentId,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "100") int size) {
        PageRequest request = new PageRequest(page, size);
        List<OrgInfo> matching = orgs.all().stream()
                .filter(o -> q == null || q.isBlank() || o.name().contains(q.trim()) || o.code().contains(q.trim()))
                .filter(o -> type == null || o.type() == type)
                .filter(o -> parentId == null || parentId.equals(o.parentId()))
                .sorted(Comparator.comparing(OrgInfo::code))
                .toList();
        List<OrgInfo> content = matching.stream().skip(request.offset()).limit(request.size()).toList();
        return new PageResponse<>(content, request.page(), request.size(), matching.size());
    }

    @Operation(summary = "One organisation")
    @PreAuthorize(READERS)
    @GetMapping("/{id}")
    OrgInfo get(@PathVariable long id) {
        return orgs.get(id);
    }

    @Operation(summary = "Create an organisation")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited("ORG_CREATE")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OrgInfo create(@RequestBody OrgRequest request) {
        return orgs.create(request);
    }

    @Operation(summary = "Rename, recode, move, disable or enable an organisation")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited("ORG_UPDATE")
    @PutMapping("/{id}")
    OrgInfo update(@PathVariable long id, @RequestBody OrgRequest request) {
        return orgs.update(id, request);
    }
}

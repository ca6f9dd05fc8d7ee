package org.govdx.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.govdx.common.CreditCode;
import org.govdx.common.GovdxException;
import org.govdx.common.Validation;
import org.govdx.identity.internal.OrgStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation tree: city government → county/district governments → departments. Orgs are
 * created, renamed, moved and disabled, never deleted, because later records point at them.
 */
@Service
@Transactional
public class Orgs {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    private final OrgStore store;
    private final Clock clock;

    Orgs(OrgStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Registers an org after checking every field; answers 400 listing all problems at once. */
    public OrgInfo create(OrgRequest request) {
        Validation v = new Validation();
        checkFields(v, request.name(), request.code(), request.type(), request.creditCode(), true);
        if (request.code() != null && store.codeTaken(request.code(), null)) {
            v.check(true, "code", "DUPLICATE_ORG_CODE", request.code());
        }
        if (request.creditCode() != null && store.creditCodeTaken(request.creditCode(), null)) {
            v.check(true, "creditCode", "DUPLICATE_CREDIT_CODE", request.creditCode());
        }
        checkParent(v, request.type(), request.parentId(), null);
        v.throwIfInvalid();
        Instant now = Instant.now(clock);
        OrgInfo created = store.insert(new OrgInfo(null, request.name().trim(), request.code(), request.type(),
                request.creditCode(), request.parentId(), true, now, now));
        AuditLog.target("org:" + created.code());
        return created;
    }

    /** Renames, recodes, moves, enables or disables an org; null fields keep their value. */
    public OrgInfo update(long id, OrgRequest change) {
        OrgInfo current = get(id);
        String name = change.name() != null ? change.name() : current.name();
        String code = change.code() != null ? change.code() : current.code();
        OrgType type = change.type() != null ? change.type() : current.type();
        String creditCode = change.creditCode() != null ? change.creditCode() : current.creditCode();
        Long parentId = change.parentId() != null ? change.parentId() : current.parentId();
        boolean enabled = change.enabled() != null ? change.enabled() : current.enabled();
        AuditLog.target("org:" + current.code());

        Validation v = new Validation();
        checkFields(v, name, code, type, creditCode, change.creditCode() != null || current.creditCode() != null);
        if (store.codeTaken(code, id)) {
            v.check(true, "code", "DUPLICATE_ORG_CODE", code);
        }
        if (creditCode != null && store.creditCodeTaken(creditCode, id)) {
            v.check(true, "creditCode", "DUPLICATE_CREDIT_CODE", creditCode);
        }
        if (change.parentId() != null || change.type() != null) {
            checkParent(v, type, parentId, id);
        }
        if (type == OrgType.DEPARTMENT && current.type() == OrgType.GOVERNMENT && !store.children(id).isEmpty()) {
            v.check(true, "type", "ORG_HAS_CHILDREN");
        }
        v.throwIfInvalid();
        if (!enabled && current.enabled() && store.hasEnabledChildren(id)) {
            throw GovdxException.conflict("ORG_HAS_ENABLED_CHILDREN", current.name());
        }
        return store.update(new OrgInfo(id, name.trim(), code, type, creditCode, parentId, enabled,
                current.createdAt(), Instant.now(clock)));
    }

    /** Disables an org: its users can no longer sign in; its records stay. */
    public OrgInfo disable(long id) {
        return update(id, new OrgRequest(null, null, null, null, null, false));
    }

    @Transactional(readOnly = true)
    public OrgInfo get(long id) {
        return store.find(id).orElseThrow(() -> GovdxException.notFound("ORG_NOT_FOUND", String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    public List<OrgInfo> all() {
        return store.all();
    }

    /** Every org in tree order with its depth. */
    @Transactional(readOnly = true)
    public List<OrgTreeRow> tree() {
        return store.tree();
    }

    /**
     * The orgs a department-scoped role of this user may act on: the user's own org and, when that
     * org is a government, every org below it.
     */
    @Transactional(readOnly = true)
    public Set<Long> scopeOf(CurrentUser user) {
        if (user.orgType() == OrgType.GOVERNMENT) {
            return store.subtree(user.orgId());
        }
        return Set.of(user.orgId());
    }

    private void checkFields(Validation v, String name, String code, OrgType type, String creditCode,
                             boolean creditCodeRequired) {
        if (v.required(name, "name")) {
            v.check(name.trim().length() > 100, "name", "TOO_LONG", 100);
        }
        if (v.required(code, "code")) {
            v.check(!CODE.matcher(code).matches(), "code", "INVALID_ORG_CODE");
        }
        v.check(type == null, "type", "REQUIRED");
        if (creditCodeRequired && v.required(creditCode, "creditCode")) {
            v.check(!CreditCode.isValid(creditCode), "creditCode", "INVALID_CREDIT_CODE");
        }
    }

    private void checkParent(Validation v, OrgType type, Long parentId, Long self) {
        if (parentId == null) {
            v.check(type == OrgType.DEPARTMENT, "parentId", "DEPARTMENT_NEEDS_PARENT");
            return;
        }
        OrgInfo parent = store.find(parentId).orElse(null);
        if (parent == null) {
            v.check(true, "parentId", "ORG_NOT_FOUND", String.valueOf(parentId));
            return;
        }
        v.check(parent.type() != OrgType.GOVERNMENT, "parentId", "PARENT_NOT_GOVERNMENT");
        v.check(!parent.enabled(), "parentId", "PARENT_DISABLED");
        v.check(self != null && store.subtree(self).contains(parentId), "parentId", "ORG_CYCLE");
    }
}

package org.govdx.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.common.Validation;
import org.govdx.identity.internal.ApiTokens;
import org.govdx.identity.internal.Credentials;
import org.govdx.identity.internal.LoginAttempts;
import org.govdx.identity.internal.OrgStore;
import org.govdx.identity.internal.PasswordPolicy;
import org.govdx.identity.internal.UserAccounts;
import org.govdx.identity.internal.UserStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: create, change roles, disable, unlock, reset and change passwords. The three
 * admin roles never meet on one user (三员分立), and department-scoped viewers see only their org's users.
 */
@Service
@Transactional
public class Users {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9_.-]{2,31}");

    private final UserStore store;
    private final UserAccounts accounts;
    private final OrgStore orgs;
    private final Orgs orgService;
    private final PasswordPolicy policy;
    private final Credentials credentials;
    private final LoginAttempts attempts;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final Clock clock;

    Users(UserStore store, UserAccounts accounts, OrgStore orgs, Orgs orgService, PasswordPolicy policy,
          Credentials credentials, LoginAttempts attempts, ApiTokens tokens, AuditLog audit, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.orgs = orgs;
        this.orgService = orgService;
        this.policy = policy;
        this.credentials = credentials;
        this.attempts = attempts;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a user with an admin-given password, which the user must change at first sign-in. */
    public UserInfo create(UserRequest request) {
        return create(request, true);
    }

    /**
     * Creates a user; {@code mustChangePassword} false is only for accounts whose password the
     * operator chose in configuration (bootstrap admin, demo city).
     */
    public UserInfo create(UserRequest request, boolean mustChangePassword) {
        String username = UserStore.normalize(request.username());
        Validation v = new Validation();
        if (v.required(username, "username")) {
            v.check(!USERNAME.matcher(username).matches(), "username", "INVALID_USERNAME");
            v.check(store.usernameTaken(username), "username", "DUPLICATE_USERNAME", username);
        }
        policy.check(v, "password", request.password(), username);
        checkDisplayName(v, request.displayName());
        checkOrg(v, request.orgId());
        checkRoles(v, request.roles());
        v.throwIfInvalid();
        AuditLog.target("user:" + username);
        return accounts.insert(username, request.displayName().trim(), request.password(), request.orgId(),
                request.roles(), mustChangePassword, Instant.now(clock));
    }

    /** Changes display name, org, roles or enabled state; null fields keep their value. */
    public UserInfo update(long id, UserRequest change, CurrentUser actor) {
        UserInfo current = store.find(id).orElseThrow(() -> GovdxException.notFound("USER_NOT_FOUND", String.valueOf(id)));
        AuditLog.target("user:" + current.username());
        Validation v = new Validation();
        if (change.displayName() != null) {
            checkDisplayName(v, change.displayName());
        }
        if (change.orgId() != null && !change.orgId().equals(current.orgId())) {
            checkOrg(v, change.orgId());
        }
        if (change.roles() != null) {
            checkRoles(v, change.roles());
        }
        v.throwIfInvalid();
        boolean disabling = Boolean.FALSE.equals(change.enabled()) && current.enabled();
        if (disabling && actor != null && actor.id() == id) {
            throw GovdxException.conflict("CANNOT_DISABLE_SELF");
        }
        boolean losesSysAdmin = current.roles().contains(Role.SYS_ADMIN)
                && (disabling || (change.roles() != null && !change.roles().contains(Role.SYS_ADMIN)));
        if (losesSysAdmin && accounts.enabledSysAdmins() <= 1) {
            throw GovdxException.conflict("LAST_SYS_ADMIN");
        }
        UserInfo updated = accounts.update(id, change, Instant.now(clock));
        if (disabling) {
            tokens.revokeAll(id);
        }
        return updated;
    }

    /** Lifts a lockout before it expires. */
    public UserInfo unlock(long id) {
        UserInfo user = store.find(id).orElseThrow(() -> GovdxException.notFound("USER_NOT_FOUND", String.valueOf(id)));
        AuditLog.target("user:" + user.username());
        attempts.clear(user.username());
        return store.find(id).orElseThrow();
    }

    /** Sets a new initial password; the user must change it at next sign-in and loses its tokens. */
    public UserInfo resetPassword(long id, String newPassword) {
        UserInfo user = store.find(id).orElseThrow(() -> GovdxException.notFound("USER_NOT_FOUND", String.valueOf(id)));
        AuditLog.target("user:" + user.username());
        Validation v = new Validation();
        policy.check(v, "password", newPassword, user.username());
        v.throwIfInvalid();
        accounts.setPassword(id, newPassword, true, Instant.now(clock));
        attempts.clear(user.username());
        tokens.revokeAll(id);
        return store.find(id).orElseThrow();
    }

    /**
     * A user replaces its own password, proving the old one. This is how an admin-given password
     * is replaced, so it does not require a session or token.
     */
    public void changePassword(String username, String oldPassword, String newPassword) {
        CurrentUser user = credentials.verify(username, oldPassword, "PASSWORD_CHANGE");
        AuditLog.target("user:" + user.getUsername());
        Validation v = new Validation();
        policy.check(v, "newPassword", newPassword, user.getUsername());
        v.check(newPassword != null && newPassword.equals(oldPassword), "newPassword", "PASSWORD_REUSED");
        if (v.hasProblems()) {
            audit.recordFor(user.getUsername(), user.orgCode(), "PASSWORD_CHANGE", "user:" + user.getUsername(),
                    AuditResult.FAILURE, "VALIDATION_FAILED");
        }
        v.throwIfInvalid();
        accounts.setPassword(user.id(), newPassword, false, Instant.now(clock));
        tokens.revokeAll(user.id());
        audit.recordFor(user.getUsername(), user.orgCode(), "PASSWORD_CHANGE", "user:" + user.getUsername(),
                AuditResult.SUCCESS, null);
    }

    /** A user the viewer may see; another org's user answers 404 to a department-scoped viewer. */
    @Transactional(readOnly = true)
    public UserInfo get(long id, CurrentUser viewer) {
        UserInfo user = store.find(id).orElseThrow(() -> GovdxException.notFound("USER_NOT_FOUND", String.valueOf(id)));
        Set<Long> scope = visibleOrgs(viewer);
        if (scope != null && !scope.contains(user.orgId())) {
            throw GovdxException.notFound("USER_NOT_FOUND", String.valueOf(id));
        }
        return user;
    }

    /** Users the viewer may see, optionally of one org and matching a text. */
    @Transactional(readOnly = true)
    public PageResponse<UserInfo> list(Long orgId, String q, PageRequest page, CurrentUser viewer) {
        return store.list(visibleOrgs(viewer), orgId, q, page);
    }

    /** Null means every org (system and security admins). */
    private Set<Long> visibleOrgs(CurrentUser viewer) {
        if (viewer.hasAnyRole(Role.SYS_ADMIN, Role.SEC_ADMIN)) {
            return null;
        }
        return orgService.scopeOf(viewer);
    }

    private static void checkDisplayName(Validation v, String displayName) {
        if (v.required(displayName, "displayName")) {
            v.check(displayName.trim().length() > 64, "displayName", "TOO_LONG", 64);
        }
    }

    private void checkOrg(Validation v, Long orgId) {
        if (orgId == null) {
            v.check(true, "orgId", "REQUIRED");
            return;
        }
        OrgInfo org = orgs.find(orgId).orElse(null);
        v.check(org == null, "orgId", "ORG_NOT_FOUND", String.valueOf(orgId));
        v.check(org != null && !org.enabled(), "orgId", "ORG_DISABLED");
    }

    private static void checkRoles(Validation v, Set<Role> roles) {
        v.check(roles == null || roles.isEmpty(), "roles", "REQUIRED");
        v.check(roles != null && Role.breaksAdminSeparation(roles), "roles", "ADMIN_ROLES_EXCLUSIVE");
    }

}

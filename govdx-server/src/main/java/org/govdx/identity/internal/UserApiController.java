package org.govdx.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.Audited;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.UserInfo;
import org.govdx.identity.UserRequest;
import org.govdx.identity.Users;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * SYS_ADMIN manages accounts; SEC_ADMIN may change roles and unlock; department users see the
 * users of their own org (sub-tree for a government) and nobody else's.
 */
@Tag(name = "users", description = "User accounts and roles")
@RestController
@RequestMapping("/api/v1/users")
class UserApiController {

    private final Users users;

    UserApiController(Users users) {
        this.users = users;
    }

    @Operation(summary = "List the users the caller may see")
    @PreAuthorize(OrgApiController.READERS)
    @GetMapping
    PageResponse<UserInfo> list(@RequestParam(required = false) Long orgId,
                                @RequestParam(required = false) String q,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "20") int size,
                                @AuthenticationPrincipal CurrentUser viewer) {
        return users.list(orgId, q, new PageRequest(page, size), viewer);
    }

    @Operation(summary = "One user")
    @PreAuthorize(OrgApiController.READERS)
    @GetMapping("/{id}")
    UserInfo get(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer) {
        return users.get(id, viewer);
    }

    @Operation(summary = "Create a user with an initial password, to be changed at first sign-in")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited("USER_CREATE")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserInfo create(@RequestBody UserRequest request) {
        return users.create(request);
    }

    @Operation(summary = "Change display name, org, roles or enabled state")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited("USER_UPDATE")
    @PutMapping("/{id}")
    UserInfo update(@PathVariable long id, @RequestBody UserRequest request,
                    @AuthenticationPrincipal CurrentUser actor) {
        return users.update(id, withoutPassword(request), actor);
    }

    @Operation(summary = "Change a user's roles (security officer or system admin)")
    @PreAuthorize("hasAnyRole('SYS_ADMIN','SEC_ADMIN')")
    @Audited("USER_ROLES")
    @PutMapping("/{id}/roles")
    UserInfo roles(@PathVariable long id, @RequestBody RolesRequest request,
                   @AuthenticationPrincipal CurrentUser actor) {
        return users.update(id, new UserRequest(null, null, null, null, request.roles(), null), actor);
    }

    @Operation(summary = "Disable a user; its tokens stop working at once")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited("USER_DISABLE")
    @PostMapping("/{id}/disable")
    UserInfo disable(@PathVariable long id, @AuthenticationPrincipal CurrentUser actor) {
        return users.update(id, new UserRequest(null, null, null, null, null, false), actor);
    }

    @Operation(summary = "Enable a disabled user")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited("USER_ENABLE")
    @PostMapping("/{id}/enable")
    UserInfo enable(@PathVariable long id, @AuthenticationPrincipal CurrentUser actor) {
        return users.update(id, new UserRequest(null, null, null, null, null, true), actor);
    }

    @Operation(summary = "Lift a lockout")
    @PreAuthorize("hasAnyRole('SYS_ADMIN','SEC_ADMIN')")
    @Audited("USER_UNLOCK")
    @PostMapping("/{id}/unlock")
    UserInfo unlock(@PathVariable long id) {
        return users.unlock(id);
    }

    @Operation(summary = "Set a new initial password, to be changed at next sign-in")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited("USER_RESET_PASSWORD")
    @PostMapping("/{id}/reset-password")
    UserInfo resetPassword(@PathVariable long id, @RequestBody PasswordReset request) {
        return users.resetPassword(id, request.password());
    }

    private static UserRequest withoutPassword(UserRequest r) {
        return new UserRequest(null, null, r.displayName(), r.orgId(), r.roles(), r.enabled());
    }

    record RolesRequest(java.util.Set<org.govdx.identity.Role> roles) {
    }

    record PasswordReset(String password) {
    }
}

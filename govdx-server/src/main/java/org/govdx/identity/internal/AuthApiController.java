package org.govdx.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.govdx.common.GovdxException;
import org.govdx.identity.AuditLog;
import org.govdx.identity.AuditResult;
import org.govdx.identity.Audited;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.OrgType;
import org.govdx.identity.Role;
import org.govdx.identity.Users;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "auth", description = "Tokens and passwords")
@RestController
@RequestMapping("/api/v1")
class AuthApiController {

    private final Credentials credentials;
    private final ApiTokens tokens;
    private final AppTokens appTokens;
    private final Users users;
    private final AuditLog audit;

    AuthApiController(Credentials credentials, ApiTokens tokens, AppTokens appTokens, Users users, AuditLog audit) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.appTokens = appTokens;
        this.users = users;
        this.audit = audit;
    }

    @Operation(summary = "Exchange a username and password (or an app's appKey and appSecret) for a bearer token")
    @Audited(value = "LOGIN", selfRecorded = true)
    @PostMapping("/auth/token")
    TokenResponse token(@RequestBody TokenRequest request) {
        if (request.appKey() != null && request.username() == null) {
            ApiTokens.IssuedToken issued = appTokens.issue(request.appKey(), request.appSecret());
            return new TokenResponse(issued.token(), "Bearer", issued.expiresIn());
        }
        CurrentUser user = credentials.verify(request.username(), request.password(), "LOGIN");
        if (user.mustChangePassword()) {
            audit.recordFor(user.getUsername(), user.orgCode(), "LOGIN", "user:" + user.getUsername(),
                    AuditResult.DENIED, "PASSWORD_CHANGE_REQUIRED");
            throw GovdxException.forbidden("PASSWORD_CHANGE_REQUIRED");
        }
        ApiTokens.IssuedToken issued = tokens.issue(user);
        audit.recordFor(user.getUsername(), user.orgCode(), "LOGIN", "user:" + user.getUsername(),
                AuditResult.SUCCESS, "token");
        return new TokenResponse(issued.token(), "Bearer", issued.expiresIn());
    }

    @Operation(summary = "Change one's own password, proving the old one")
    @Audited(value = "PASSWORD_CHANGE", selfRecorded = true)
    @PostMapping("/auth/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody PasswordChange request) {
        users.changePassword(request.username(), request.oldPassword(), request.newPassword());
    }

    @Operation(summary = "Who the token belongs to")
    @GetMapping("/me")
    Me me(@AuthenticationPrincipal CurrentUser user) {
        return new Me(user.id(), user.getUsername(), user.displayName(), user.orgId(), user.orgCode(),
                user.orgName(), user.orgType(), user.roles());
    }

    record TokenRequest(String username, String password, String appKey, String appSecret) {
    }

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    }

    record PasswordChange(String username, String oldPassword, String newPassword) {
    }

    record Me(long id, String username, String displayName, long orgId, String orgCode, String orgName,
              OrgType orgType, Set<Role> roles) {
    }
}

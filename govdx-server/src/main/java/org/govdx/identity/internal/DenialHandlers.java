package org.govdx.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.govdx.common.ProblemWriter;
import org.govdx.identity.AuditLog;
import org.govdx.identity.AuditResult;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers and records every refusal: API callers get a problem (401 or 403), page users the
 * error page. Every denial lands in the audit log.
 */
@Component
class DenialHandlers {

    private final AuditLog audit;
    private final ProblemWriter problems;

    DenialHandlers(AuditLog audit, ProblemWriter problems) {
        this.audit = audit;
        this.problems = problems;
    }

    AuthenticationEntryPoint apiEntryPoint() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            boolean badToken = request.getAttribute(BearerTokenFilter.INVALID_TOKEN) != null;
            String code = badToken ? "INVALID_TOKEN" : "AUTHENTICATION_REQUIRED";
            audit.record("ACCESS_DENIED", target(request), AuditResult.DENIED, code);
            response.setHeader("WWW-Authenticate", badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, code, List.of());
        };
    }

    AccessDeniedHandler apiAccessDenied() {
        return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) -> {
            audit.record("ACCESS_DENIED", target(request), AuditResult.DENIED, "FORBIDDEN");
            problems.write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN", List.of());
        };
    }

    AccessDeniedHandler pageAccessDenied() {
        return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) -> {
            audit.record("ACCESS_DENIED", target(request), AuditResult.DENIED, "FORBIDDEN");
            sendError(response, HttpServletResponse.SC_FORBIDDEN);
        };
    }

    private static void sendError(HttpServletResponse response, int status) {
        try {
            response.sendError(status);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String target(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }
}

package org.govdx.common.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.govdx.common.FieldProblem;
import org.govdx.common.GovdxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns every failure of an API call into {@code application/problem+json} with a stable code and
 * a localized message. Security exceptions are left to Spring Security, which records the denial.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);
    private final ProblemFactory problems;

    ApiProblemAdvice(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(GovdxException.class)
    ResponseEntity<ProblemDetail> govdx(GovdxException e, Locale locale) {
        return respond(problems.problem(e.status(), e.code(), e.args(), e.errors(), locale));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        // rethrown so that the security filter chain answers and records the denial
        throw e;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, Locale locale) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), "INVALID_VALUE"))
                .toList();
        return respond(problems.problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", new Object[0], errors, locale));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e, Locale locale) {
        return respond(problems.problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", new Object[0], List.of(), locale));
    }

    private ResponseEntity<ProblemDetail> framework(ErrorResponse e, Locale locale) {
        HttpStatusCode status = e.getStatusCode();
        HttpStatus resolved = HttpStatus.resolve(status.value());
        String code = switch (status.value()) {
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> "BAD_REQUEST";
        };
        return respond(problems.problem(resolved == null ? HttpStatus.BAD_REQUEST : resolved, code, new Object[0], List.of(), locale));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request, Locale locale) {
        if (e instanceof ErrorResponse known) {
            return framework(known, locale);
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", new Object[0], List.of(), locale));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

package org.govdx.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal the caller can act on. It becomes an RFC 9457 problem with a stable {@code code}; the
 * message is looked up as {@code problem.<code>} in the caller's language with {@code args}.
 */
public class GovdxException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] args;
    private final List<FieldProblem> errors;

    public GovdxException(HttpStatus status, String code, Object... args) {
        this(status, code, List.of(), args);
    }

    public GovdxException(HttpStatus status, String code, List<FieldProblem> errors, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
        this.errors = List.copyOf(errors);
    }

    /** 400 with one entry per offending field. */
    public static GovdxException invalid(List<FieldProblem> errors) {
        return new GovdxException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", errors);
    }

    /** 400 for a single offending field. */
    public static GovdxException invalid(String field, String code, Object... args) {
        return invalid(List.of(new FieldProblem(field, code, args)));
    }

    /** 404: the object does not exist or the caller may not know that it does. */
    public static GovdxException notFound(String code, Object... args) {
        return new GovdxException(HttpStatus.NOT_FOUND, code, args);
    }

    /** 409: the request conflicts with the current state. */
    public static GovdxException conflict(String code, Object... args) {
        return new GovdxException(HttpStatus.CONFLICT, code, args);
    }

    /** 403 for a rule (not a missing role) that forbids the action. */
    public static GovdxException forbidden(String code, Object... args) {
        return new GovdxException(HttpStatus.FORBIDDEN, code, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}

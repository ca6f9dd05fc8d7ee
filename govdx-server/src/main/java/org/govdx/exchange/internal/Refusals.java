package org.govdx.exchange.internal;

import java.util.List;
import org.govdx.common.FieldProblem;
import org.govdx.common.GovdxException;
import org.springframework.http.HttpStatus;

/** The gateway's problems, each with its stable code. */
final class Refusals {

    private Refusals() {
    }

    /** 400 naming the offending item (or parameter) in {@code errors[].field}. */
    static GovdxException badFilter(String code, String item, Object... args) {
        return new GovdxException(HttpStatus.BAD_REQUEST, code, List.of(new FieldProblem(item, code, args)), args);
    }

    static GovdxException forbidden(String code, Object... args) {
        return new GovdxException(HttpStatus.FORBIDDEN, code, args);
    }

    /** 502: the source failed; the reason is a stable code, never the driver's text. */
    static GovdxException sourceUnavailable(String resourceCode, String reason) {
        return new GovdxException(HttpStatus.BAD_GATEWAY, "SOURCE_UNAVAILABLE", resourceCode, reason);
    }

    /** 504: the source did not answer within the query time limit. */
    static GovdxException sourceTimeout(String resourceCode) {
        return new GovdxException(HttpStatus.GATEWAY_TIMEOUT, "SOURCE_TIMEOUT", resourceCode);
    }
}

package org.govdx.common;

/**
 * What is wrong with one field of a request; the message is {@code problem.<code>} in the caller's language.
 *
 * @param field the request field, as the client named it
 * @param code  a stable code such as {@code REQUIRED} or {@code INVALID_CREDIT_CODE}
 * @param args  message arguments
 */
public record FieldProblem(String field, String code, Object... args) {
}

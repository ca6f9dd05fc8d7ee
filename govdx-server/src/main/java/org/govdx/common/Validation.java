package org.govdx.common;

import java.util.ArrayList;
import java.util.List;

/** Collects every field problem of a request so that the caller learns them all at once. */
public final class Validation {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Records {@code code} for {@code field} when {@code failed}; returns this for chaining. */
    public Validation check(boolean failed, String field, String code, Object... args) {
        if (failed) {
            problems.add(new FieldProblem(field, code, args));
        }
        return this;
    }

    /** Records REQUIRED when the text is null or blank; returns true when present. */
    public boolean required(String value, String field) {
        boolean missing = value == null || value.isBlank();
        check(missing, field, "REQUIRED");
        return !missing;
    }

    public Validation add(FieldProblem problem) {
        problems.add(problem);
        return this;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Throws a 400 listing every problem, if any. */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw GovdxException.invalid(problems);
        }
    }
}

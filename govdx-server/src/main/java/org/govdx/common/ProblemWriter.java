package org.govdx.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.govdx.common.internal.ProblemFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem straight to a servlet response, for filters that answer before any controller. */
@Component
public class ProblemWriter {

    private final ProblemFactory factory;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemWriter(ProblemFactory factory, LocaleResolver locales, JsonMapper json) {
        this.factory = factory;
        this.locales = locales;
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                      List<FieldProblem> errors, Object... args) throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = factory.problem(status, code, args, errors, locale);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(ProblemFactory.toMap(problem)));
    }

    /** The problem body as RFC 9457 members, for an error controller. */
    public java.util.Map<String, Object> body(HttpServletRequest request, HttpStatus status, String code) {
        ProblemDetail problem = factory.problem(status, code, new Object[0], List.of(), locales.resolveLocale(request));
        return ProblemFactory.toMap(problem);
    }
}

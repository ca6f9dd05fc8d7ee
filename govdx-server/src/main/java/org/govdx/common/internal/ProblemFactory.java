package org.govdx.common.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govdx.common.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problems with a stable code and a message in the caller's language. */
@Component
public class ProblemFactory {

    private final MessageSource messages;

    ProblemFactory(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail problem(HttpStatus status, String code, Object[] args, List<FieldProblem> errors, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(code, args, locale));
        problem.setTitle(messages.getMessage("status." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setProperty("code", code);
        if (!errors.isEmpty()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (FieldProblem error : errors) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("field", error.field());
                item.put("code", error.code());
                item.put("message", message(error.code(), error.args(), locale));
                list.add(item);
            }
            problem.setProperty("errors", list);
        }
        return problem;
    }

    /** The problem as RFC 9457 members with its extension members at the top level. */
    public static Map<String, Object> toMap(ProblemDetail problem) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        map.put("title", problem.getTitle());
        map.put("status", problem.getStatus());
        map.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            map.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            map.putAll(problem.getProperties());
        }
        return map;
    }

    public String message(String code, Object[] args, Locale locale) {
        return messages.getMessage("problem." + code, args, code, locale);
    }
}

package org.govdx.common;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.govdx.common.internal.ProblemFactory;
import org.springframework.stereotype.Component;

/** Turns a refusal into what a form shows: a message per field and an overall message. */
@Component
public class FormErrors {

    private final ProblemFactory factory;

    FormErrors(ProblemFactory factory) {
        this.factory = factory;
    }

    /** Field name to localized message; the key {@code _global} holds the overall message. */
    public Map<String, String> of(GovdxException e, Locale locale) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("_global", factory.message(e.code(), e.args(), locale));
        for (FieldProblem p : e.errors()) {
            map.merge(p.field(), factory.message(p.code(), p.args(), locale), (a, b) -> a + "；" + b);
        }
        return map;
    }

    /** The localized message of a code. */
    public String message(String code, Locale locale, Object... args) {
        return factory.message(code, args, locale);
    }
}

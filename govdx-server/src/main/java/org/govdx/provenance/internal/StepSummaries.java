package org.govdx.provenance.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The one-line summaries of chain steps, from the facts' recorded keys, in the viewer's language. */
final class StepSummaries {

    private final MessageSource messages;

    StepSummaries(MessageSource messages) {
        this.messages = messages;
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    String missing(String step, Locale locale, Object... args) {
        return message("provenance.step." + step + ".missing", locale, args);
    }

    String entryVersion(LedgerFact f, Locale locale) {
        return message("provenance.step.ENTRY_VERSION", locale, text(f.text("name")), text(f.text("resourceCode")),
                number(f.number("version")), text(f.text("shareType")), text(f.text("grade")));
    }

    String mount(LedgerFact f, Locale locale) {
        return message("provenance.step.MOUNT", locale, text(f.text("mountType")), text(f.text("table")),
                number(f.number("revision")), number(f.number("dataSourceId")));
    }

    String submitted(LedgerFact f, Locale locale) {
        return message("provenance.step.APPLICATION_SUBMITTED", locale, text(f.actor()), text(f.org()),
                text(f.text("applicationNumber")));
    }

    String decided(LedgerFact f, Locale locale) {
        String detail = f.text("detail");
        return message("provenance.step.APPLICATION_DECIDED", locale, text(f.text("applicationNumber")),
                text(f.text("status")), text(f.actor()), detail == null ? "" : detail);
    }

    String grant(LedgerFact f, Locale locale) {
        String detail = f.text("detail");
        return message("provenance.step.GRANT", locale, number(f.number("grantId")),
                message("provenance.type." + f.type(), locale), text(f.text("status")), text(f.text("deadline")),
                detail == null ? "" : detail);
    }

    String usage(LedgerFact f, Locale locale) {
        return message("provenance.step.USAGE", locale, text(f.text("requestId")), text(f.text("operation")),
                number(f.number("rows")), number(f.number("status")), text(f.text("contentHash")));
    }

    private static String text(String value) {
        return value == null ? "-" : value;
    }

    // message arguments as text: MessageFormat would print 12345 as "12,345"
    private static String number(Long value) {
        return value == null ? "-" : Long.toString(value);
    }
}

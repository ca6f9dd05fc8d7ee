package org.govdx.ledger.internal;

import java.util.Locale;
import org.govdx.common.FormErrors;
import org.govdx.ledger.LedgerAuditReport;

/** The audit outcome in the reader's language ({@code problem.LEDGER_AUDIT_*} messages). */
final class AuditMessages {

    private AuditMessages() {
    }

    static String of(LedgerAuditReport r, FormErrors messages, Locale locale) {
        if (r.ok()) {
            return messages.message("LEDGER_AUDIT_OK", locale, String.valueOf(r.checkedEntries()),
                    String.valueOf(r.checkedCheckpoints()));
        }
        return messages.message("LEDGER_AUDIT_" + r.problem(), locale,
                r.firstBadIndex() == null ? "-" : String.valueOf(r.firstBadIndex()),
                r.checkpointSize() == null ? "-" : String.valueOf(r.checkpointSize()));
    }
}

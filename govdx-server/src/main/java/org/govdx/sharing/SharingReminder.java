package org.govdx.sharing;

import java.time.LocalDate;

/**
 * A time-limit reminder the daily sweep raises (not a ledger fact: nothing changed): APPLICATION_DUE_SOON
 * (the answer is due within two working days), APPLICATION_OVERDUE, GRANT_EXPIRING, GRANT_SUPPLY_OVERDUE (an
 * approved entry is still not mounted after its 20-working-day supply deadline; raised on every sweep until
 * it is, receivers keep one message).
 */
public record SharingReminder(String type, long applicationId, String applicationNumber, Long grantId,
                              String entryName, long providerOrgId, long consumerOrgId, String applicant,
                              LocalDate deadline) {
}

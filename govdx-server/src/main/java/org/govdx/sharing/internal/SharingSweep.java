package org.govdx.sharing.internal;

import java.sql.Date;
import java.time.LocalDate;
import org.govdx.catalog.CatalogEntries;
import org.govdx.sharing.ApplicationStatus;
import org.govdx.sharing.SharingReminder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily look at the time limits: expires grants past their last day, reminds both sides of answers due
 * within two working days, flags overdue applications, warns of grants about to expire and of approved
 * entries still not mounted after the supply deadline. Each reminder is raised once (a conditional flag
 * update, or one message per receiver), so several instances may sweep side by side.
 */
@Component
class SharingSweep {

    private final ApplicationStore applications;
    private final GrantStore grantStore;
    private final GrantService grants;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final CatalogEntries catalog;

    SharingSweep(ApplicationStore applications, GrantStore grantStore, GrantService grants, Deadlines deadlines,
                 ApplicationEventPublisher events, TransactionTemplate tx, CatalogEntries catalog) {
        this.applications = applications;
        this.grantStore = grantStore;
        this.grants = grants;
        this.deadlines = deadlines;
        this.events = events;
        this.tx = tx;
        this.catalog = catalog;
    }

    /** Runs every check as of {@code today}. */
    void sweep(LocalDate today) {
        grants.expireDue(today);
        for (ApplicationRow a : applications.list("a.status = 'PENDING' AND a.deadline IS NOT NULL "
                + "AND (a.reminder_notified = FALSE OR a.overdue_notified = FALSE)")) {
            tx.executeWithoutResult(s -> remind(a, today));
        }
        supplyOverdue(today);
        for (GrantRow g : grants.expiringUnnotified(today)) {
            tx.executeWithoutResult(s -> {
                if (grantStore.markExpiryNotified(g.id())) {
                    ApplicationRow a = applications.find(g.applicationId()).orElseThrow();
                    events.publishEvent(new SharingReminder("GRANT_EXPIRING", a.id(), a.number(), g.id(),
                            a.entryName(), a.providerOrgId(), a.consumerOrgId(), a.applicant(), g.validUntil()));
                }
            });
        }
    }

    /** Grants whose entry is still not mounted after the supply deadline. */
    private void supplyOverdue(LocalDate today) {
        for (GrantRow g : grantStore.list("g.status = 'ACTIVE' AND g.supply_deadline < ?", today)) {
            boolean mounted = catalog.find(g.entryId()).map(e -> e.mount() != null && e.mount().mounted())
                    .orElse(false);
            if (!mounted) {
                ApplicationRow a = applications.find(g.applicationId()).orElseThrow();
                tx.executeWithoutResult(s -> events.publishEvent(new SharingReminder("GRANT_SUPPLY_OVERDUE", a.id(),
                        a.number(), g.id(), a.entryName(), a.providerOrgId(), a.consumerOrgId(), a.applicant(),
                        g.supplyDeadline())));
            }
        }
    }

    private void remind(ApplicationRow a, LocalDate today) {
        if (a.status() != ApplicationStatus.PENDING) {
            return;
        }
        if (Deadlines.overdue(a.deadline(), today)) {
            if (applications.update(a.id(), "overdue_notified = TRUE, reminder_notified = TRUE",
                    "overdue_notified = FALSE AND deadline = ?", Date.valueOf(a.deadline()))) {
                publish("APPLICATION_OVERDUE", a);
            }
        } else if (deadlines.dueSoon(a.deadline(), today)) {
            if (applications.update(a.id(), "reminder_notified = TRUE", "reminder_notified = FALSE AND deadline = ?",
                    Date.valueOf(a.deadline()))) {
                publish("APPLICATION_DUE_SOON", a);
            }
        }
    }

    private void publish(String type, ApplicationRow a) {
        events.publishEvent(new SharingReminder(type, a.id(), a.number(), null, a.entryName(), a.providerOrgId(),
                a.consumerOrgId(), a.applicant(), a.deadline()));
    }
}

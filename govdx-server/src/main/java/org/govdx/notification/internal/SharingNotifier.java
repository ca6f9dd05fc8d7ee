package org.govdx.notification.internal;

import java.util.ArrayList;
import java.util.List;
import org.govdx.identity.Role;
import org.govdx.notification.Notifications;
import org.govdx.notification.Recipient;
import org.govdx.sharing.SharingEvent;
import org.govdx.sharing.SharingReminder;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns sharing events into inbox messages, in the transaction of the change. */
@Component
class SharingNotifier {

    private final Notifications notifications;

    SharingNotifier(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(SharingEvent e) {
        List<Recipient> to = new ArrayList<>();
        Recipient approvers = Recipient.orgRole(e.providerOrgId(), Role.ORG_APPROVER);
        Recipient applicant = Recipient.user(e.applicant());
        Recipient operator = Recipient.platform(Role.PLATFORM_OPERATOR);
        String type = e.type();
        switch (type) {
            case "APPLICATION_SUBMITTED" -> {
                if ("PENDING".equals(e.status()) && e.deadline() != null) {
                    to.add(approvers);
                } else if ("COORDINATING".equals(e.status())) {
                    to.add(operator);
                    type = "APPLICATION_COORDINATING";
                }
            }
            case "APPLICATION_RESUBMITTED" -> to.add(approvers);
            case "APPLICATION_COORDINATED" -> {
                to.add(approvers);
                to.add(applicant);
            }
            case "APPLICATION_RETURNED" -> to.add(applicant);
            case "APPLICATION_DECIDED" -> {
                to.add(applicant);
                type = "APPROVED".equals(e.status()) ? "APPLICATION_APPROVED" : "APPLICATION_REJECTED";
            }
            case "APPLICATION_EXTENSION_REQUESTED" -> {
                to.add(operator);
                to.add(applicant);
            }
            case "APPLICATION_EXTENSION_APPROVED" -> {
                to.add(approvers);
                to.add(applicant);
            }
            case "GRANT_REVOKED", "GRANT_EXPIRED" -> {
                to.add(applicant);
                to.add(Recipient.orgRole(e.consumerOrgId(), Role.ORG_DATA_USER));
            }
            default -> {
                return;
            }
        }
        if (!to.isEmpty()) {
            notifications.send(to, type, e.applicationNumber(), e.entryName(), detail(e), link(e));
        }
    }

    @EventListener
    void on(SharingReminder r) {
        List<Recipient> to = new ArrayList<>();
        switch (r.type()) {
            case "APPLICATION_DUE_SOON" -> to.add(Recipient.orgRole(r.providerOrgId(), Role.ORG_APPROVER));
            case "APPLICATION_OVERDUE" -> {
                to.add(Recipient.orgRole(r.providerOrgId(), Role.ORG_APPROVER));
                to.add(Recipient.user(r.applicant()));
                to.add(Recipient.platform(Role.PLATFORM_OPERATOR));
            }
            case "GRANT_EXPIRING" -> to.add(Recipient.user(r.applicant()));
            case "GRANT_SUPPLY_OVERDUE" -> {
                to.add(Recipient.orgRole(r.providerOrgId(), Role.ORG_APPROVER));
                to.add(Recipient.orgRole(r.providerOrgId(), Role.ORG_CATALOG_ADMIN));
                to.add(Recipient.user(r.applicant()));
                to.add(Recipient.platform(Role.PLATFORM_OPERATOR));
                notifications.sendOnce(to, r.type(), r.applicationNumber(), r.entryName(),
                        r.deadline() == null ? null : r.deadline().toString(), "/sharing/grants");
                return;
            }
            default -> {
                return;
            }
        }
        notifications.send(to, r.type(), r.applicationNumber(), r.entryName(),
                r.deadline() == null ? null : r.deadline().toString(),
                r.grantId() != null ? "/sharing/grants" : "/sharing/applications/" + r.applicationId());
    }

    private static String detail(SharingEvent e) {
        if (e.detail() != null) {
            return e.detail();
        }
        return e.deadline() == null ? null : e.deadline().toString();
    }

    private static String link(SharingEvent e) {
        return e.grantId() != null ? "/sharing/grants" : "/sharing/applications/" + e.applicationId();
    }
}

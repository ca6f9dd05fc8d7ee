package org.govdx.notification.internal;

import java.util.ArrayList;
import java.util.List;
import org.govdx.demand.DemandEvent;
import org.govdx.identity.Role;
import org.govdx.notification.Notifications;
import org.govdx.notification.Recipient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the provider of an assigned demand and the requester of an answered one. */
@Component
class DemandNotifier {

    private final Notifications notifications;

    DemandNotifier(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(DemandEvent e) {
        List<Recipient> to = new ArrayList<>();
        Recipient requester = Recipient.user(e.requester());
        switch (e.type()) {
            case "DEMAND_ASSIGNED" -> {
                to.add(Recipient.orgRole(e.providerOrgId(), Role.ORG_CATALOG_ADMIN));
                to.add(Recipient.orgRole(e.providerOrgId(), Role.ORG_APPROVER));
            }
            case "DEMAND_ACCEPTED", "DEMAND_REFUSED", "DEMAND_FULFILLED" -> to.add(requester);
            case "DEMAND_ESCALATED" -> to.add(Recipient.platform(Role.PLATFORM_OPERATOR));
            case "DEMAND_COORDINATED" -> {
                to.add(requester);
                if (e.providerOrgId() != null && "ASSIGNED".equals(e.status())) {
                    to.add(Recipient.orgRole(e.providerOrgId(), Role.ORG_CATALOG_ADMIN));
                }
            }
            default -> {
                return;
            }
        }
        notifications.send(to, e.type(), "#" + e.demandId(), e.title(), e.detail(), "/demands/" + e.demandId());
    }
}

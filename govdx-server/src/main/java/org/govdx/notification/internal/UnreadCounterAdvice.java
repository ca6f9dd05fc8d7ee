package org.govdx.notification.internal;

import org.govdx.identity.CurrentUser;
import org.govdx.notification.Notifications;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user's unread count into every page's model, for the navbar counter. */
@ControllerAdvice(annotations = Controller.class)
class UnreadCounterAdvice {

    private final Notifications notifications;

    UnreadCounterAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unread() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            try {
                return notifications.unreadCount(user);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}

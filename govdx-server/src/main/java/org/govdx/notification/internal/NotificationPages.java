package org.govdx.notification.internal;

import org.govdx.common.PageRequest;
import org.govdx.identity.CurrentUser;
import org.govdx.notification.Notifications;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The inbox page. */
@Controller
@RequestMapping("/notifications")
@PreAuthorize("isAuthenticated()")
class NotificationPages {

    private final Notifications notifications;

    NotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String inbox(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("messages", notifications.inbox(me, false, new PageRequest(page, 50)));
        return "notification/inbox";
    }

    @PostMapping("/{id}/read")
    String read(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        notifications.markRead(id, me);
        return "redirect:/notifications";
    }

    @PostMapping("/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser me) {
        notifications.markAllRead(me);
        return "redirect:/notifications";
    }
}

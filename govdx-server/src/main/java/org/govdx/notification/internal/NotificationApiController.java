package org.govdx.notification.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.CurrentUser;
import org.govdx.notification.NotificationView;
import org.govdx.notification.Notifications;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's inbox. */
@Tag(name = "notifications", description = "In-app inbox")
@RestController
@RequestMapping("/api/v1/notifications")
@PreAuthorize("isAuthenticated()")
class NotificationApiController {

    private final Notifications notifications;

    NotificationApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    @Operation(summary = "My messages, newest first; unread=true for unread only")
    @GetMapping
    PageResponse<NotificationView> inbox(@RequestParam(defaultValue = "false") boolean unread,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "50") int size,
                                         @AuthenticationPrincipal CurrentUser me) {
        return notifications.inbox(me, unread, new PageRequest(page, size));
    }

    @Operation(summary = "Number of unread messages")
    @GetMapping("/unread-count")
    Map<String, Long> unreadCount(@AuthenticationPrincipal CurrentUser me) {
        return Map.of("unread", notifications.unreadCount(me));
    }

    @Operation(summary = "Mark one message read")
    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        notifications.markRead(id, me);
    }

    @Operation(summary = "Mark all my messages read")
    @PostMapping("/read-all")
    Map<String, Integer> markAllRead(@AuthenticationPrincipal CurrentUser me) {
        return Map.of("marked", notifications.markAllRead(me));
    }
}

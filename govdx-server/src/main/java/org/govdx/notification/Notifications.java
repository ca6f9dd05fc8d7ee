package org.govdx.notification;

import java.util.List;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.CurrentUser;

/**
 * The in-app inbox: new applications to decide, decisions, deadlines two working days ahead, overdue items,
 * revoked or expiring grants, demands assigned or answered. Messages are written in the same transaction as
 * the change that caused them; the text is rendered in the reader's language from {@code notification.<type>}.
 */
public interface Notifications {

    /**
     * Sends one message to each recipient.
     *
     * @param type    message type; the text is {@code notification.<type>} with {@code {0}}=subject,
     *                {@code {1}}=title, {@code {2}}=detail
     * @param subject the business key, e.g. the application number
     * @param title   the object's name, e.g. the entry name
     * @param detail  a reason, a date or a comment
     * @param link    the page to open
     */
    void send(List<Recipient> recipients, String type, String subject, String title, String detail, String link);

    /**
     * Like {@link #send} but skips recipients who already have a message of this type and subject: for
     * reminders a periodic check raises again and again (e.g. a missed supply deadline).
     */
    void sendOnce(List<Recipient> recipients, String type, String subject, String title, String detail, String link);

    /** The reader's messages, newest first. */
    PageResponse<NotificationView> inbox(CurrentUser reader, boolean unreadOnly, PageRequest page);

    long unreadCount(CurrentUser reader);

    /** Marks one message read; 404 when it is not the reader's. */
    void markRead(long id, CurrentUser reader);

    /** Marks every message of the reader read; returns how many. */
    int markAllRead(CurrentUser reader);
}

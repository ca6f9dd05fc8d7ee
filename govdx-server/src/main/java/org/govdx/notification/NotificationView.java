package org.govdx.notification;

import java.time.Instant;

/**
 * One inbox message as the reader sees it.
 *
 * @param type    what happened, e.g. APPLICATION_SUBMITTED
 * @param message the text in the reader's language
 * @param link    the page to open
 * @param read    true once the reader marked it read
 */
public record NotificationView(long id, String type, String subject, String message, String link, boolean read,
                               Instant createdAt) {
}

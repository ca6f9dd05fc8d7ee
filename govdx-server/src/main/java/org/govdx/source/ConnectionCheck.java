package org.govdx.source;

/**
 * The result of testing a data source's connection.
 *
 * @param ok             connected and authenticated
 * @param code           {@code OK} or a reason: {@code HOST_UNREACHABLE}, {@code UNKNOWN_HOST},
 *                       {@code BAD_CREDENTIALS}, {@code UNKNOWN_DATABASE}, {@code TIMEOUT},
 *                       {@code HTTP_STATUS}, {@code DRIVER_NOT_INSTALLED}, {@code BUSY}, {@code FAILED}
 * @param message        the reason in the caller's language, never the driver's text
 * @param elapsedMillis  how long the test took
 * @param product        database product and version, or the HTTP status line, when connected
 */
public record ConnectionCheck(boolean ok, String code, String message, long elapsedMillis, String product) {
}

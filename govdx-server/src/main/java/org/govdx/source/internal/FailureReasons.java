package org.govdx.source.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLTimeoutException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Turns what a driver threw into a stable reason code a person can act on; the driver's own text
 * and stack never reach a caller. Codes: {@code HOST_UNREACHABLE}, {@code UNKNOWN_HOST},
 * {@code BAD_CREDENTIALS}, {@code UNKNOWN_DATABASE}, {@code TIMEOUT}, {@code FAILED}.
 */
public final class FailureReasons {

    private FailureReasons() {
    }

    public static String classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "UNKNOWN_HOST";
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "HOST_UNREACHABLE";
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return "HOST_UNREACHABLE";
            }
            if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException
                    || t instanceof TimeoutException || t instanceof SQLTimeoutException) {
                return "TIMEOUT";
            }
            if (t instanceof SQLException sql) {
                String code = sqlReason(sql);
                if (code != null) {
                    return code;
                }
            }
        }
        return "FAILED";
    }

    private static String sqlReason(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState().toUpperCase(Locale.ROOT);
        int vendor = e.getErrorCode();
        if (e instanceof SQLInvalidAuthorizationSpecException || state.startsWith("28")
                || vendor == 1045 || vendor == 1044 || vendor == 1698) {
            // PostgreSQL 28P01/28000, MySQL/MariaDB 1045 access denied, H2 28000
            return "BAD_CREDENTIALS";
        }
        if (state.equals("3D000") || vendor == 1049 || vendor == 90146 || vendor == 90013) {
            // PostgreSQL invalid_catalog_name, MySQL unknown database, H2 database not found
            return "UNKNOWN_DATABASE";
        }
        if (state.equals("57014") || vendor == 57014) {
            return "TIMEOUT";
        }
        return null;
    }
}

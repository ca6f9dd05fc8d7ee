package org.govdx.exchange.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wraps every gateway call, outside Spring Security: gives it a request id ({@code X-Request-Id}),
 * opens its usage record, and writes the record for calls that never reached the gateway's own
 * recording (a missing or expired token, a malformed request), so that every call leaves one.
 */
class ExchangeRequestFilter extends OncePerRequestFilter {

    static final String END_USER_HEADER = "X-End-User";
    private static final Logger log = LoggerFactory.getLogger(ExchangeRequestFilter.class);

    private final UsageRecorder recorder;
    private final Clock clock;

    ExchangeRequestFilter(UsageRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = UUID.randomUUID().toString();
        String endUser = request.getHeader(END_USER_HEADER);
        UsageDraft draft = new UsageDraft(requestId, clock.instant(), System.nanoTime(), request.getRemoteAddr(),
                endUser == null || endUser.isBlank() ? null : endUser.strip());
        request.setAttribute(UsageDraft.ATTRIBUTE, draft);
        response.setHeader("X-Request-Id", requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            if (!draft.written) {
                if (draft.status == 0 || draft.status == 200 && response.getStatus() >= 400) {
                    draft.status = response.getStatus();
                }
                if (draft.code == null && draft.status == 401) {
                    draft.code = "UNAUTHENTICATED";
                }
                try {
                    recorder.record(draft);
                } catch (RuntimeException e) {
                    log.error("usage record {} could not be written", requestId, e);
                }
            }
        }
    }
}

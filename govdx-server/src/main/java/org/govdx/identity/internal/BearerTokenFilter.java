package org.govdx.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.govdx.identity.CurrentApp;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer …} requests; a bad token leaves the request anonymous. */
class BearerTokenFilter extends OncePerRequestFilter {

    /** Set when a token was presented but not accepted, so the 401 can say so. */
    static final String INVALID_TOKEN = BearerTokenFilter.class.getName() + ".invalid";

    /** App tokens open only the exchange gateway; user tokens open everything else the user may do. */
    static final String EXCHANGE_PATH = "/api/v1/exchange/";

    private final ApiTokens tokens;
    private final AppTokens appTokens;

    BearerTokenFilter(ApiTokens tokens, AppTokens appTokens) {
        this.tokens = tokens;
        this.appTokens = appTokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).trim();
            boolean gateway = request.getRequestURI().startsWith(request.getContextPath() + EXCHANGE_PATH);
            // on the gateway an app token is the rule and a user token the exception: ask in that order
            Optional<Authentication> app = gateway ? appTokens.authenticate(token)
                    .map(a -> UsernamePasswordAuthenticationToken.authenticated(a, null,
                            List.of(new SimpleGrantedAuthority(CurrentApp.AUTHORITY)))) : Optional.empty();
            Authentication authentication = app
                    .or(() -> tokens.authenticate(token)
                            .map(user -> UsernamePasswordAuthenticationToken.authenticated(user, null,
                                    user.getAuthorities())))
                    .orElse(null);
            if (authentication != null) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(authentication);
                SecurityContextHolder.setContext(context);
            } else {
                request.setAttribute(INVALID_TOKEN, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }
}

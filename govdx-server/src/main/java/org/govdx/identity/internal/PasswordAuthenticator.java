package org.govdx.identity.internal;

import org.govdx.common.GovdxException;
import org.govdx.identity.CurrentUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Form sign-in through {@link Credentials}, so pages and the token endpoint share one lockout. */
class PasswordAuthenticator implements AuthenticationProvider {

    private final Credentials credentials;

    PasswordAuthenticator(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        Object password = authentication.getCredentials();
        try {
            CurrentUser user = credentials.verify(username, password == null ? null : password.toString(), "LOGIN");
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        } catch (GovdxException e) {
            throw switch (e.code()) {
                case "ACCOUNT_LOCKED" -> new LockedException(e.code());
                case "ACCOUNT_DISABLED" -> new DisabledException(e.code());
                default -> new BadCredentialsException(e.code());
            };
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

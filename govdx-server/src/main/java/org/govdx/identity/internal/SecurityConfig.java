package org.govdx.identity.internal;

import java.util.List;
import org.govdx.identity.AuditLog;
import org.govdx.identity.AuditResult;
import org.govdx.identity.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Two filter chains: the API ({@code /api/**}) is stateless with bearer tokens; pages use a
 * session, form sign-in and CSRF protection. Everything not on the allowlist needs a signed-in user;
 * finer rules sit on the controllers as {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /** Paths any anonymous caller may reach; everything else requires authentication. */
    static final List<String> PUBLIC_PAGES = List.of("/login", "/error", "/favicon.ico", "/webjars/**", "/css/**",
            "/js/**", "/actuator/health", "/actuator/health/**");

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2",
                java.util.Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    @Bean
    AuthenticationManager authenticationManager(Credentials credentials) {
        return new ProviderManager(new PasswordAuthenticator(credentials));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, AppTokens appTokens, DenialHandlers denials) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(tokens, appTokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token", "/api/v1/auth/password").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(denials.apiEntryPoint())
                        .accessDeniedHandler(denials.apiAccessDenied()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, ApiTokens tokens, AppTokens appTokens, UserStore users, DenialHandlers denials,
                                  AuthenticationManager authenticationManager, AuditLog audit) throws Exception {
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setMatchingRequestParameterName(null);
        http.authenticationManager(authenticationManager)
                .requestCache(c -> c.requestCache(requestCache))
                // a browser never sends our bearer header cross-site, so such calls need no CSRF token
                .csrf(c -> c.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .addFilterBefore(new BearerTokenFilter(tokens, appTokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionUserFilter(users), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_PAGES.toArray(String[]::new)).permitAll()
                        .requestMatchers("/actuator/**").hasRole("SYS_ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f
                        .loginPage("/login")
                        .successHandler((request, response, auth) -> {
                            CurrentUser user = (CurrentUser) auth.getPrincipal();
                            audit.recordFor(user.getUsername(), user.orgCode(), "LOGIN", "user:" + user.getUsername(),
                                    AuditResult.SUCCESS, "page");
                            response.sendRedirect(request.getContextPath()
                                    + (user.mustChangePassword() ? SessionUserFilter.CHANGE_PASSWORD_PATH : "/"));
                        })
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof LockedException ? "/login?locked"
                                : e instanceof DisabledException ? "/login?disabled" : "/login?error")))
                        .permitAll())
                .logout(l -> l
                        .logoutUrl("/logout")
                        .addLogoutHandler((request, response, auth) -> {
                            if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
                                audit.recordFor(user.getUsername(), user.orgCode(), "LOGOUT",
                                        "user:" + user.getUsername(), AuditResult.SUCCESS, null);
                            }
                        })
                        .logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedHandler(denials.pageAccessDenied()));
        return http.build();
    }
}

package org.govdx.web.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first, English on request: a {@code lang} cookie (set by the page switch, kept for a
 * year) wins, then {@code Accept-Language}, then zh-CN.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {

    static final String COOKIE = "govdx_lang";
    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        return new CookieThenHeaderLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    static final class CookieThenHeaderLocaleResolver implements LocaleResolver {

        private final AcceptHeaderLocaleResolver header = new AcceptHeaderLocaleResolver();

        CookieThenHeaderLocaleResolver() {
            header.setSupportedLocales(SUPPORTED);
            header.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Object chosen = request.getAttribute(COOKIE);
            if (chosen instanceof Locale locale) {
                return locale;
            }
            if (request.getCookies() != null) {
                for (Cookie cookie : request.getCookies()) {
                    if (COOKIE.equals(cookie.getName())) {
                        return supported(Locale.forLanguageTag(cookie.getValue()));
                    }
                }
            }
            return supported(header.resolveLocale(request));
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Locale resolved = supported(locale == null ? Locale.SIMPLIFIED_CHINESE : locale);
            request.setAttribute(COOKIE, resolved);
            if (response != null) {
                Cookie cookie = new Cookie(COOKIE, resolved.toLanguageTag());
                cookie.setPath("/");
                cookie.setHttpOnly(true);
                cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
                cookie.setAttribute("SameSite", "Lax");
                response.addCookie(cookie);
            }
        }

        private static Locale supported(Locale locale) {
            return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
    }
}

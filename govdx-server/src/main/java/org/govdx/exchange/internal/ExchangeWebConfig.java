package org.govdx.exchange.internal;

import java.time.Clock;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Web plumbing of the gateway. A resource code contains a {@code /} ({@code 101001/00001}), which a
 * client sends as {@code %2F}: Tomcat must pass it through undecoded (so it stays inside one path
 * segment, decoded only into the path variable) and Spring Security's firewall must accept it.
 */
@Configuration
class ExchangeWebConfig {

    @Bean
    FilterRegistrationBean<ExchangeRequestFilter> exchangeRequestFilter(UsageRecorder recorder, Clock clock) {
        FilterRegistrationBean<ExchangeRequestFilter> bean =
                new FilterRegistrationBean<>(new ExchangeRequestFilter(recorder, clock));
        bean.addUrlPatterns("/api/v1/exchange/*");
        // before Spring Security (-100), so refused tokens are recorded too
        bean.setOrder(-200);
        return bean;
    }

    @Bean
    TomcatConnectorCustomizer encodedSlashPassThrough() {
        return connector -> connector.setEncodedSolidusHandling("passthrough");
    }

    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        // Tomcat leaves "%2F" in the decoded servlet path, so its "%" must pass the decoded-path check
        firewall.setAllowUrlEncodedPercent(true);
        return firewall;
    }
}

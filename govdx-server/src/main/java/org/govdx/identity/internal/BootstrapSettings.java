package org.govdx.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code govdx.bootstrap.*} and {@code govdx.demo.*}: the first admin and the demo city.
 *
 * @param adminPassword   the first SYS_ADMIN's password (username {@code admin}); unset, a random one is
 *                        generated, printed once and must be changed at first sign-in
 * @param orgName         the root org created for the admin when the database has none
 * @param orgCode         its short code
 * @param orgCreditCode   its 统一社会信用代码, if known at installation
 */
@ConfigurationProperties("govdx.bootstrap")
record BootstrapSettings(String adminPassword, String orgName, String orgCode, String orgCreditCode) {

    BootstrapSettings {
        orgName = orgName == null ? "本级人民政府" : orgName;
        orgCode = orgCode == null ? "ROOT" : orgCode;
    }
}

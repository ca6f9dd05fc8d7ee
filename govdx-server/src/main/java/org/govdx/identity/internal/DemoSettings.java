package org.govdx.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code govdx.demo.*}.
 *
 * @param enabled  seed the demo city into an empty database; unset means on for the embedded H2
 *                 database and off for PostgreSQL
 * @param password the password of every demo account; unset, a random one is generated and printed once
 */
@ConfigurationProperties("govdx.demo")
record DemoSettings(Boolean enabled, String password) {
}

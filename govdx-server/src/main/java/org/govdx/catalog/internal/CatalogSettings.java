package org.govdx.catalog.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code govdx.catalog.*}.
 *
 * @param indexDir            where the search index lives; default {@code ${govdx.data-dir}/index/catalog}
 * @param deleteIndexOnClose  remove the index directory at shutdown (tests use a throw-away directory)
 */
@ConfigurationProperties("govdx.catalog")
record CatalogSettings(String indexDir, Boolean deleteIndexOnClose) {
}

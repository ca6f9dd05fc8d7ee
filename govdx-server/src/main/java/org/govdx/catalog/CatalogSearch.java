package org.govdx.catalog;

import org.govdx.identity.CurrentUser;

/**
 * Full-text search over the catalog (Lucene with Chinese word segmentation). Everyone signed in finds
 * published and withdrawn entries of every org; the provider org and the platform operator also find
 * drafts and submissions (the newest version). The index follows every committed change and is
 * rebuilt from the database when missing or stale.
 */
public interface CatalogSearch {

    CatalogSearchResult search(CatalogSearchQuery query, CurrentUser viewer);

    /** Rebuilds the index from the database; returns the number of entries indexed. */
    int rebuild();
}

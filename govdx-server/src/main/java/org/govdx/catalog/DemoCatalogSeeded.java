package org.govdx.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Published once the demo city's catalog exists (after {@code DemoCitySeeded}), so that other modules
 * can add their part on top of it: the source module mounts the demo entries on its demo tables.
 * Item codes of the demo entries are simple ASCII ({@code id_number}, {@code name}, {@code birth_date}).
 *
 * @param entries every demo entry, with a stable key such as {@code gaj.population_basic}
 */
public record DemoCatalogSeeded(List<DemoCatalogEntry> entries) {

    /**
     * @param key             stable demo key: provider prefix + {@code .} + table-like name
     * @param id              entry id
     * @param code            resource code
     * @param providerOrgCode e.g. ZW-GAJ
     * @param status          PUBLISHED for most, one SUBMITTED and one DRAFT to show the review queue
     */
    public record DemoCatalogEntry(String key, long id, String code, String name, String providerOrgCode,
                                   CatalogStatus status) {
    }

    /** The demo entry with this key. */
    public Optional<DemoCatalogEntry> entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }
}

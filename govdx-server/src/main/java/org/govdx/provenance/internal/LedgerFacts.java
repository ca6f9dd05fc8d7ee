package org.govdx.provenance.internal;

import java.util.List;
import org.govdx.common.PageRequest;
import org.govdx.ledger.Ledger;
import org.govdx.ledger.LedgerEntrySummary;
import org.govdx.ledger.LedgerQuery;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Finds ledger facts by business key (and type), newest first, with their data parsed. */
@Component
class LedgerFacts {

    /** Facts read per search: an application has a dozen, an entry a few versions and mounts. */
    static final int LIMIT = 100;

    private final Ledger ledger;
    private final JsonMapper json;

    LedgerFacts(Ledger ledger, JsonMapper json) {
        this.ledger = ledger;
        this.json = json;
    }

    /** Facts carrying the key value, of the given type (null: any), newest first. */
    List<LedgerFact> byKey(String type, String key) {
        return ledger.search(new LedgerQuery(type, null, null, key, null, null), new PageRequest(0, LIMIT))
                .content().stream().map(this::parse).toList();
    }

    private LedgerFact parse(LedgerEntrySummary e) {
        JsonNode data = json.readTree(e.data());
        JsonNode keys = data.path("keys");
        return new LedgerFact(e.index(), e.type(), e.time(), e.actor(), e.org(),
                keys.isObject() ? keys : json.createObjectNode(), e.leafHash());
    }
}

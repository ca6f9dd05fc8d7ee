package org.govdx.provenance.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.govdx.common.GovdxException;
import org.govdx.exchange.UsageRecords;
import org.govdx.exchange.UsageView;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.govdx.ledger.Ledger;
import org.govdx.ledger.SignedCheckpoint;
import org.govdx.provenance.ProofBundle;
import org.govdx.provenance.Provenance;
import org.govdx.provenance.ProvenanceChain;
import org.govdx.provenance.ProvenanceStep;
import org.govdx.sharing.GrantView;
import org.govdx.sharing.Grants;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Builds provenance chains from the ledger: the sharing module says which grant is concerned and
 * whether the viewer may see it; every step is a fact found in the ledger by its business keys.
 */
@Service
class ProvenanceService implements Provenance {

    static final String USAGE = "EXCHANGE_USAGE";
    static final int MAX_USAGES = 20;
    private static final int MAX_REQUEST_ID = 100;

    private final LedgerFacts facts;
    private final Ledger ledger;
    private final Grants grants;
    private final Orgs orgs;
    private final ObjectProvider<UsageRecords> usageRecords;
    private final StepSummaries summaries;
    private final ProofBundles bundles;

    ProvenanceService(LedgerFacts facts, Ledger ledger, Grants grants, Orgs orgs,
                      ObjectProvider<UsageRecords> usageRecords, MessageSource messages, ProofBundles bundles) {
        this.facts = facts;
        this.ledger = ledger;
        this.grants = grants;
        this.orgs = orgs;
        // the exchange module may not provide usage records (yet): the ledger's usage facts suffice then
        this.usageRecords = usageRecords;
        this.summaries = new StepSummaries(messages);
        this.bundles = bundles;
    }

    @Override
    public ProvenanceChain ofRequest(String requestId, CurrentUser viewer, Locale locale) {
        String id = requestId == null ? "" : requestId.trim();
        if (id.isEmpty() || id.length() > MAX_REQUEST_ID) {
            throw GovdxException.invalid("requestId", id.isEmpty() ? "REQUIRED" : "TOO_LONG", MAX_REQUEST_ID);
        }
        Optional<LedgerFact> recorded = facts.byKey(USAGE, id).stream()
                .filter(f -> id.equals(f.text("requestId"))).findFirst();
        Optional<UsageView> stored = recorded.isPresent() ? Optional.empty() : usageRecord(id);
        if (recorded.isEmpty() && stored.isEmpty()) {
            throw GovdxException.notFound("PROVENANCE_NOT_FOUND", id);
        }
        Long grantId = recorded.map(f -> f.number("grantId")).orElseGet(() -> stored.get().grantId());
        Chain chain;
        if (grantId == null) {
            // a call refused before any grant matched: only the call itself, for its own two orgs
            Long consumer = recorded.map(f -> f.number("consumerOrgId")).orElseGet(() -> stored.get().consumerOrgId());
            Long provider = recorded.map(f -> f.number("providerOrgId")).orElseGet(() -> stored.get().providerOrgId());
            if (!seesAll(viewer) && !involved(viewer, consumer, provider)) {
                throw GovdxException.notFound("PROVENANCE_NOT_FOUND", id);
            }
            String code = recorded.map(f -> f.text("resourceCode")).orElseGet(() -> stored.get().resourceCode());
            chain = new Chain(id, null, null, code, null);
        } else {
            GrantView grant;
            try {
                grant = grant(grantId, viewer);
            } catch (GovdxException e) {
                // to a viewer outside the grant's orgs the request does not exist either
                throw e.status() == HttpStatus.NOT_FOUND ? GovdxException.notFound("PROVENANCE_NOT_FOUND", id) : e;
            }
            chain = grantChain(grant, id, recorded.map(LedgerFact::time).orElseGet(() -> stored.get().at()), locale);
        }
        if (recorded.isPresent()) {
            chain.usage(recorded.get(), locale);
        } else {
            chain.missing("USAGE", summaries.missing("USAGE", locale, id));
        }
        return chain.finish();
    }

    @Override
    public ProvenanceChain ofGrant(long grantId, CurrentUser viewer, Locale locale) {
        GrantView grant = grant(grantId, viewer);
        Chain chain = grantChain(grant, null, null, locale);
        List<LedgerFact> usages = usagesOf(grant);
        if (usages.isEmpty()) {
            chain.missing("USAGE", summaries.message("provenance.step.USAGE.none", locale));
        }
        usages.forEach(u -> chain.usage(u, locale));
        return chain.finish();
    }

    @Override
    public ProofBundle proofBundle(long index, String requestId, Long grantId, CurrentUser viewer) {
        boolean hasContext = (requestId != null && !requestId.isBlank()) || grantId != null;
        if (!hasContext && !viewer.hasRole(Role.AUDIT_ADMIN)) {
            throw GovdxException.invalid("grantId", "PROVENANCE_CONTEXT_REQUIRED");
        }
        if (hasContext) {
            ProvenanceChain chain = requestId != null && !requestId.isBlank()
                    ? ofRequest(requestId, viewer, Locale.ROOT) : ofGrant(grantId, viewer, Locale.ROOT);
            boolean inChain = chain.steps().stream().anyMatch(s -> s.ledgerIndex() != null && s.ledgerIndex() == index);
            if (!inChain) {
                throw GovdxException.notFound("PROVENANCE_STEP_NOT_FOUND", Long.toString(index));
            }
        }
        return bundles.of(index);
    }

    // --- the chain of a grant -------------------------------------------------------------------

    /**
     * Entry version, mount (the one in effect at {@code at}, or the newest), application, decision and the
     * grant's own transitions.
     */
    private Chain grantChain(GrantView g, String requestId, Instant at, Locale locale) {
        Chain chain = new Chain(requestId, g.id(), g.applicationNumber(), g.entryCode(), g.entryName());
        List<LedgerFact> published = facts.byKey("CATALOG_ENTRY_PUBLISHED", g.entryCode()).stream()
                .filter(f -> Long.valueOf(g.entryId()).equals(f.number("entryId"))).toList();
        Optional<LedgerFact> version = published.stream()
                .filter(f -> Long.valueOf(g.entryVersion()).equals(f.number("version"))).findFirst()
                .or(() -> published.stream().filter(f -> !f.time().isAfter(g.createdAt())).findFirst());
        version.ifPresentOrElse(f -> chain.add("ENTRY_VERSION", f, summaries.entryVersion(f, locale)),
                () -> chain.missing("ENTRY_VERSION", summaries.missing("ENTRY_VERSION", locale, g.entryCode(),
                        Integer.toString(g.entryVersion()))));

        List<LedgerFact> mounts = facts.byKey("MOUNT_CHANGED", g.entryCode()).stream()
                .filter(f -> Long.valueOf(g.entryId()).equals(f.number("entryId"))).toList();
        Optional<LedgerFact> mount = mounts.stream().filter(f -> at == null || !f.time().isAfter(at)).findFirst();
        mount.ifPresentOrElse(f -> chain.add("MOUNT", f, summaries.mount(f, locale)),
                () -> chain.missing("MOUNT", summaries.missing("MOUNT", locale, g.entryCode())));

        List<LedgerFact> sharing = new ArrayList<>(facts.byKey(null, g.applicationNumber()).stream()
                .filter(f -> g.applicationNumber().equals(f.text("applicationNumber"))).toList());
        sharing.sort(Comparator.comparingLong(LedgerFact::index));
        Optional<LedgerFact> submitted = sharing.stream().filter(f -> f.type().equals("APPLICATION_SUBMITTED")).findFirst();
        submitted.ifPresentOrElse(f -> chain.add("APPLICATION_SUBMITTED", f, summaries.submitted(f, locale)),
                () -> chain.missing("APPLICATION_SUBMITTED", summaries.missing("APPLICATION_SUBMITTED", locale,
                        g.applicationNumber())));
        Optional<LedgerFact> decided = sharing.stream().filter(f -> f.type().equals("APPLICATION_DECIDED"))
                .reduce((first, second) -> second);
        decided.ifPresentOrElse(f -> chain.add("APPLICATION_DECIDED", f, summaries.decided(f, locale)),
                () -> chain.missing("APPLICATION_DECIDED", summaries.missing("APPLICATION_DECIDED", locale,
                        g.applicationNumber())));
        List<LedgerFact> grantFacts = sharing.stream()
                .filter(f -> f.type().startsWith("GRANT_") && Long.valueOf(g.id()).equals(f.number("grantId")))
                .toList();
        if (grantFacts.isEmpty()) {
            chain.missing("GRANT", summaries.missing("GRANT", locale, Long.toString(g.id())));
        }
        grantFacts.forEach(f -> chain.add("GRANT", f, summaries.grant(f, locale)));
        return chain;
    }

    /** The grant, if the viewer sees all chains or its org is the grant's consumer or provider; else 404. */
    private GrantView grant(long grantId, CurrentUser viewer) {
        return grants.find(grantId)
                .filter(g -> seesAll(viewer) || involved(viewer, g.consumerOrgId(), g.providerOrgId()))
                .orElseThrow(() -> GovdxException.notFound("GRANT_NOT_FOUND", String.valueOf(grantId)));
    }

    private static boolean seesAll(CurrentUser viewer) {
        return viewer.hasRole(Role.AUDIT_ADMIN) || viewer.hasRole(Role.PLATFORM_OPERATOR);
    }

    private boolean involved(CurrentUser viewer, Long consumerOrgId, Long providerOrgId) {
        Set<Long> scope = orgs.scopeOf(viewer);
        return (consumerOrgId != null && scope.contains(consumerOrgId))
                || (providerOrgId != null && scope.contains(providerOrgId));
    }

    private Optional<UsageView> usageRecord(String requestId) {
        UsageRecords records = usageRecords.getIfAvailable();
        return records == null ? Optional.empty() : records.find(requestId);
    }

    /** The grant's newest usage facts: by the exchange's records when it keeps them, else from the ledger. */
    private List<LedgerFact> usagesOf(GrantView g) {
        UsageRecords records = usageRecords.getIfAvailable();
        List<LedgerFact> found = new ArrayList<>();
        if (records != null) {
            for (UsageView u : records.ofGrant(g.id(), MAX_USAGES)) {
                facts.byKey(USAGE, u.requestId()).stream()
                        .filter(f -> u.requestId().equals(f.text("requestId"))).findFirst().ifPresent(found::add);
            }
        }
        if (found.isEmpty()) {
            facts.byKey(USAGE, g.entryCode()).stream()
                    .filter(f -> Long.valueOf(g.id()).equals(f.number("grantId")))
                    .limit(MAX_USAGES).forEach(found::add);
        }
        found.sort(Comparator.comparingLong(LedgerFact::index));
        return found;
    }

    /** A chain being assembled, in the order the data flowed. */
    private final class Chain {

        private final String requestId;
        private final Long grantId;
        private final String applicationNumber;
        private final String entryCode;
        private final String entryName;
        private final List<ProvenanceStep> steps = new ArrayList<>();
        private final SignedCheckpoint checkpoint = ledger.latestCheckpoint().orElse(null);

        Chain(String requestId, Long grantId, String applicationNumber, String entryCode, String entryName) {
            this.requestId = requestId;
            this.grantId = grantId;
            this.applicationNumber = applicationNumber;
            this.entryCode = entryCode;
            this.entryName = entryName;
        }

        void usage(LedgerFact fact, Locale locale) {
            steps.add(step("USAGE", fact, summaries.usage(fact, locale)));
        }

        void missing(String step, String summary) {
            steps.add(new ProvenanceStep(step, null, summary, null, null, null, null, null));
        }

        void add(String step, LedgerFact fact, String summary) {
            steps.add(step(step, fact, summary));
        }

        private ProvenanceStep step(String step, LedgerFact fact, String summary) {
            String proofUrl = null;
            if (checkpoint != null && fact.index() < checkpoint.treeSize()) {
                // the chain's own question: a request's call may be older than the grant chain's newest calls
                proofUrl = "/api/v1/provenance/proof?index=" + fact.index() + (requestId != null
                        ? "&requestId=" + URLEncoder.encode(requestId, StandardCharsets.UTF_8)
                        : "&grantId=" + grantId);
            }
            return new ProvenanceStep(step, fact.type(), summary, fact.time(), fact.actor(), fact.index(),
                    fact.leafHash(), proofUrl);
        }

        ProvenanceChain finish() {
            return new ProvenanceChain(requestId, grantId, applicationNumber, entryCode, entryName, List.copyOf(steps),
                    checkpoint);
        }
    }
}

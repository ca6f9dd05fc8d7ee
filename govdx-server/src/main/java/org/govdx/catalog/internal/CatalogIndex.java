package org.govdx.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.govdx.catalog.CatalogClassification;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.CatalogSearchHit;
import org.govdx.catalog.CatalogSearchQuery;
import org.govdx.catalog.CatalogSearchResult;
import org.govdx.catalog.CatalogSearchResult.FacetCount;
import org.govdx.catalog.CatalogStatus;
import org.govdx.catalog.internal.CatalogStore.EntryRow;
import org.govdx.catalog.internal.CatalogStore.VersionRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Lucene index behind catalog search. Each entry has one document for its newest version (seen by
 * the provider org and the operator) and, while a newer version is in progress, a second one for its
 * published version (seen by everyone else). The index is a cache of the database: it is rebuilt when
 * missing, when it was built from another database, or when it lags behind it.
 */
@Component
class CatalogIndex implements DisposableBean {

    static final List<String> FACETS = List.of("shareType", "format", "provider", "classification", "grade",
            "updateCycle", "status");
    private static final Logger log = LoggerFactory.getLogger(CatalogIndex.class);
    private static final Map<String, Float> TEXT_FIELDS = new LinkedHashMap<>();

    static {
        TEXT_FIELDS.put("t_name", 4f);
        TEXT_FIELDS.put("t_tags", 3f);
        TEXT_FIELDS.put("t_items", 2f);
        TEXT_FIELDS.put("t_provider", 2f);
        TEXT_FIELDS.put("t_class", 1.5f);
        TEXT_FIELDS.put("t_summary", 1f);
    }

    private final CatalogStore store;
    private final Classifications classifications;
    private final OrgDirectory orgs;
    private final JsonMapper json;
    private final Path path;
    private final boolean deleteOnClose;
    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, DefaultSortedSetDocValuesReaderState state) {
    }

    CatalogIndex(CatalogStore store, Classifications classifications, OrgDirectory orgs, JsonMapper json,
                 CatalogSettings settings, Environment env) {
        this.store = store;
        this.classifications = classifications;
        this.orgs = orgs;
        this.json = json;
        String dir = settings.indexDir();
        if (dir == null || dir.isBlank()) {
            dir = env.getProperty("govdx.data-dir", "./data") + "/index/catalog";
        }
        this.path = Path.of(dir);
        this.deleteOnClose = Boolean.TRUE.equals(settings.deleteIndexOnClose());
        facetsConfig.setMultiValued("classification", true);
    }

    // ---- lifecycle ----------------------------------------------------------------------------

    private synchronized void open() {
        if (writer != null) {
            return;
        }
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the catalog index at " + path, e);
        }
    }

    /** Rebuilds the index when it is missing, from another database, or behind the database. */
    synchronized void ensureFresh() {
        open();
        Map<String, String> data = commitData();
        String token = store.indexToken();
        String reason = null;
        if (data.isEmpty()) {
            reason = "missing";
        } else if (!token.equals(data.get("token"))) {
            reason = "built from another database";
        } else if (!String.valueOf(store.entryCount()).equals(data.get("entries"))
                || !String.valueOf(store.lastChange()).equals(data.get("lastChange"))) {
            reason = "behind the database";
        }
        if (reason != null) {
            log.info("Catalog search index {} ({}): rebuilding from the database", reason, path);
            rebuild();
        }
    }

    private Map<String, String> commitData() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Map.of();
            }
            Map<String, String> data = new HashMap<>();
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rebuilds everything from the database; returns the number of entries. */
    synchronized int rebuild() {
        open();
        try {
            writer.deleteAll();
            List<Long> ids = store.allEntryIds();
            for (int from = 0; from < ids.size(); from += 1000) {
                for (List<Document> docs : documents(ids.subList(from, Math.min(ids.size(), from + 1000))).values()) {
                    writer.addDocuments(docs);
                }
            }
            commit();
            return ids.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Brings the documents of these entries up to date with the database. */
    synchronized void update(Collection<Long> entryIds) {
        open();
        try {
            List<Long> ids = new ArrayList<>(entryIds);
            for (int from = 0; from < ids.size(); from += 1000) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
                Map<Long, List<Document>> docs = documents(chunk);
                for (Long id : chunk) {
                    writer.updateDocuments(new Term("entry", id.toString()), docs.getOrDefault(id, List.of()));
                }
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit() throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put("token", store.indexToken());
        data.put("entries", String.valueOf(store.entryCount()));
        data.put("lastChange", String.valueOf(store.lastChange()));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @Override
    public synchronized void destroy() throws IOException {
        if (writer == null) {
            return;
        }
        searchers.close();
        writer.close();
        directory.close();
        writer = null;
        if (deleteOnClose) {
            try (Stream<Path> files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    // ---- documents ----------------------------------------------------------------------------

    private Map<Long, List<Document>> documents(List<Long> ids) throws IOException {
        List<EntryRow> entries = store.entries(ids);
        Map<Long, Integer> latest = new HashMap<>();
        Map<Long, Integer> published = new HashMap<>();
        for (EntryRow e : entries) {
            latest.put(e.id(), e.latestVersion());
            if (e.publishedVersion() != null && e.publishedVersion() != e.latestVersion()) {
                published.put(e.id(), e.publishedVersion());
            }
        }
        Map<Long, VersionRow> latestRows = store.versionsFor(latest);
        Map<Long, VersionRow> publishedRows = store.versionsFor(published);
        Map<Long, String> orgNames = orgs.names();
        Map<Long, List<Document>> docs = new HashMap<>();
        for (EntryRow e : entries) {
            List<Document> list = new ArrayList<>();
            boolean single = !published.containsKey(e.id());
            boolean latestPublic = single && e.publishedVersion() != null;
            list.add(document(e, latestRows.get(e.id()), true, latestPublic, orgNames));
            if (!single) {
                list.add(document(e, publishedRows.get(e.id()), false, true, orgNames));
            }
            docs.put(e.id(), list);
        }
        return docs;
    }

    private Document document(EntryRow e, VersionRow v, boolean owner, boolean visibleToAll,
                              Map<Long, String> orgNames) throws IOException {
        EntryContent c = v.content();
        String providerName = orgNames.getOrDefault(e.providerOrgId(), e.providerOrgCode());
        // a public copy of a published version shows as withdrawn once the entry is
        CatalogStatus status = v.status() == CatalogStatus.SUPERSEDED ? CatalogStatus.PUBLISHED : v.status();
        if (e.status() == CatalogStatus.WITHDRAWN) {
            status = CatalogStatus.WITHDRAWN;
        }
        Document doc = new Document();
        doc.add(new StringField("entry", Long.toString(e.id()), Field.Store.NO));
        doc.add(new StringField("owner", owner ? "1" : "0", Field.Store.NO));
        doc.add(new StringField("public", visibleToAll ? "1" : "0", Field.Store.NO));
        doc.add(new StringField("provider_id", Long.toString(e.providerOrgId()), Field.Store.NO));
        doc.add(new StringField("code", e.code(), Field.Store.NO));
        keyword(doc, "shareType", c.shareType().name());
        keyword(doc, "format", c.format().name());
        keyword(doc, "provider", e.providerOrgCode());
        keyword(doc, "grade", c.grade().name());
        keyword(doc, "updateCycle", c.updateCycle().name());
        keyword(doc, "status", status.name());
        List<String> classNames = new ArrayList<>();
        for (CatalogClassification node : classifications.path(c.classification())) {
            doc.add(new StringField("f_classification", node.code(), Field.Store.NO));
            if (node.assignable()) {
                doc.add(new SortedSetDocValuesFacetField("classification", node.code()));
            }
            classNames.add(node.name());
        }
        doc.add(new TextField("t_name", c.name(), Field.Store.NO));
        doc.add(new TextField("t_summary", c.summary(), Field.Store.NO));
        doc.add(new TextField("t_tags", String.join(" ", c.tags()), Field.Store.NO));
        doc.add(new TextField("t_provider", providerName, Field.Store.NO));
        doc.add(new TextField("t_class", String.join(" ", classNames), Field.Store.NO));
        StringBuilder items = new StringBuilder();
        for (CatalogItemView item : c.items()) {
            items.append(item.name()).append(' ').append(item.code()).append(' ');
        }
        doc.add(new TextField("t_items", items.toString(), Field.Store.NO));
        Instant updated = v.updatedAt();
        doc.add(new NumericDocValuesField("updated", updated.toEpochMilli()));
        CatalogSearchHit hit = new CatalogSearchHit(e.id(), e.code(), v.version(), status, c.name(),
                abbreviate(c.summary(), 200), c.classification(), classifications.name(c.classification()),
                c.format(), c.shareType(), c.shareMode(), c.openType(), c.updateCycle(), c.grade(), c.tags(),
                e.providerOrgCode(), providerName, v.publishDate(), updated, c.items().size(),
                c.items().stream().limit(12).map(CatalogItemView::name).toList());
        doc.add(new StoredField("hit", json.writeValueAsString(hit)));
        return facetsConfig.build(doc);
    }

    private static void keyword(Document doc, String dim, String value) {
        doc.add(new StringField("f_" + dim, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(dim, value));
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    // ---- search -------------------------------------------------------------------------------

    /**
     * Finds entries.
     *
     * @param operator  true when the searcher sees every org's newest versions
     * @param ownOrgIds the orgs whose newest versions the searcher sees
     */
    CatalogSearchResult search(CatalogSearchQuery q, boolean operator, Set<Long> ownOrgIds) {
        return run(q, operator, ownOrgIds, q.page() * q.size(), q.size(), true);
    }

    /** Every hit (up to {@code limit}) in result order, without facets: what an export writes. */
    List<CatalogSearchHit> searchAll(CatalogSearchQuery q, boolean operator, Set<Long> ownOrgIds, int limit) {
        return run(q, operator, ownOrgIds, 0, limit, false).content();
    }

    private CatalogSearchResult run(CatalogSearchQuery q, boolean operator, Set<Long> ownOrgIds, int offset,
                                    int count, boolean withFacets) {
        open();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Query text = textQuery(q.q());
        query.add(text != null ? text : new MatchAllDocsQuery(), Occur.MUST);
        query.add(visibility(operator, ownOrgIds), Occur.FILTER);
        filter(query, "f_classification", q.classification());
        filter(query, "f_provider", q.provider());
        filter(query, "f_shareType", upper(q.shareType()));
        filter(query, "f_format", upper(q.format()));
        filter(query, "f_grade", upper(q.grade()));
        filter(query, "f_updateCycle", upper(q.updateCycle()));
        filter(query, "f_status", upper(q.status()));
        Sort sort = text != null
                ? new Sort(SortField.FIELD_SCORE, new SortField("updated", SortField.Type.LONG, true))
                : new Sort(new SortField("updated", SortField.Type.LONG, true));
        int wanted = offset + count;
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query.build(),
                        Math.max(1, Math.min(wanted, 100_000)), sort, text != null,
                        new FacetsCollectorManager());
                TopDocs top = result.topDocs();
                List<CatalogSearchHit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = offset; i < docs.length && i < wanted; i++) {
                    String stored = searcher.storedFields().document(docs[i].doc).get("hit");
                    hits.add(json.readValue(stored, CatalogSearchHit.class));
                }
                Map<String, List<FacetCount>> facets = withFacets ? facets(searcher, result) : Map.of();
                return new CatalogSearchResult(hits, q.page(), q.size(), top.totalHits.value, facets);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, List<FacetCount>> facets(IndexSearcher searcher, FacetsCollectorManager.FacetsResult result)
            throws IOException {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        FacetState state = facetState(searcher.getIndexReader());
        Facets counts = state == null ? null : new SortedSetDocValuesFacetCounts(state.state(), result.facetsCollector());
        Map<String, String> orgNames = counts == null ? Map.of() : orgs.namesByCode();
        for (String dim : FACETS) {
            List<FacetCount> list = new ArrayList<>();
            FacetResult r = null;
            if (counts != null) {
                try {
                    r = counts.getAllChildren(dim);
                } catch (IllegalArgumentException notIndexedYet) {
                    r = null;
                }
            }
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    String label = switch (dim) {
                        case "provider" -> orgNames.get(lv.label);
                        case "classification" -> classifications.name(lv.label);
                        default -> null;
                    };
                    list.add(new FacetCount(lv.label, label, lv.value.longValue()));
                }
            }
            list.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
            facets.put(dim, list);
        }
        return facets;
    }

    private FacetState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current;
        }
        synchronized (this) {
            current = facetState;
            if (current != null && current.reader() == reader) {
                return current;
            }
            try {
                current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, facetsConfig));
            } catch (IllegalArgumentException emptyIndex) {
                return null;
            }
            facetState = current;
            return current;
        }
    }

    private static Query visibility(boolean operator, Set<Long> ownOrgIds) {
        if (operator) {
            return new TermQuery(new Term("owner", "1"));
        }
        List<BytesRef> own = ownOrgIds.stream().map(id -> new BytesRef(id.toString())).toList();
        BooleanQuery.Builder ownDocs = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("owner", "1")), Occur.FILTER)
                .add(new TermInSetQuery("provider_id", own), Occur.FILTER);
        BooleanQuery.Builder publicDocs = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("public", "1")), Occur.FILTER)
                .add(new TermInSetQuery("provider_id", own), Occur.MUST_NOT);
        return new BooleanQuery.Builder()
                .add(ownDocs.build(), Occur.SHOULD)
                .add(publicDocs.build(), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }

    private static void filter(BooleanQuery.Builder query, String field, List<String> values) {
        if (!values.isEmpty()) {
            query.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
    }

    private static List<String> upper(List<String> values) {
        return values.stream().map(v -> v.toUpperCase(java.util.Locale.ROOT)).toList();
    }

    /** Every word must match in some field; a resource code matches its entry. */
    private Query textQuery(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String text = q.strip();
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int count = 0;
        for (String token : tokens(text)) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            TEXT_FIELDS.forEach((field, boost) ->
                    anyField.add(new BoostQuery(new TermQuery(new Term(field, token)), boost), Occur.SHOULD));
            words.add(anyField.build(), Occur.MUST);
            count++;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term("code", text)), 20f), Occur.SHOULD);
        if (count > 0) {
            either.add(words.build(), Occur.SHOULD);
        }
        return either.setMinimumNumberShouldMatch(1).build();
    }

    private List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("t_name", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String t = term.toString();
                if (!tokens.contains(t)) {
                    tokens.add(t);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}

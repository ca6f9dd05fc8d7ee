package org.govdx.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdx.catalog.CatalogClassification;
import org.govdx.catalog.ClassificationCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The classification tree, seeded by migration and read once: it changes only with a new migration. */
@Component
class Classifications {

    private final JdbcClient jdbc;
    private volatile Map<String, CatalogClassification> byCode;

    Classifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every node in tree order (a parent before its children). */
    List<CatalogClassification> all() {
        return List.copyOf(tree().values());
    }

    /** The node with this code, or null. */
    CatalogClassification find(String code) {
        return code == null ? null : tree().get(code);
    }

    String name(String code) {
        CatalogClassification c = find(code);
        return c == null ? code : c.name();
    }

    /** The node and its ancestors, from the 类 down to the node itself. */
    List<CatalogClassification> path(String code) {
        List<CatalogClassification> path = new ArrayList<>();
        for (CatalogClassification c = find(code); c != null; c = find(c.parentCode())) {
            path.add(0, c);
        }
        return path;
    }

    private Map<String, CatalogClassification> tree() {
        Map<String, CatalogClassification> map = byCode;
        if (map == null) {
            Map<String, CatalogClassification> loaded = new LinkedHashMap<>();
            jdbc.sql("SELECT code, parent_code, name, name_en, depth, category FROM catalog_classification "
                            + "ORDER BY sort_order")
                    .query((rs, n) -> new CatalogClassification(rs.getString("code"), rs.getString("parent_code"),
                            rs.getString("name"), rs.getString("name_en"), rs.getInt("depth"),
                            ClassificationCategory.valueOf(rs.getString("category"))))
                    .list()
                    .forEach(c -> loaded.put(c.code(), c));
            map = java.util.Collections.unmodifiableMap(loaded);
            byCode = map;
        }
        return map;
    }
}

package org.govdx.identity.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govdx.identity.OrgInfo;

/** The org tree held in memory for a walk: sub-trees, depth-first order and depth. */
final class OrgTree {

    private final Map<Long, OrgInfo> byId = new HashMap<>();
    private final Map<Long, List<OrgInfo>> children = new HashMap<>();

    OrgTree(List<OrgInfo> orgs) {
        for (OrgInfo org : orgs) {
            byId.put(org.id(), org);
            children.computeIfAbsent(org.parentId(), k -> new ArrayList<>()).add(org);
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(OrgInfo::type).thenComparing(OrgInfo::code)));
    }

    /** The org and every org below it. */
    Set<Long> subtree(long rootId) {
        Set<Long> ids = new LinkedHashSet<>();
        Deque<Long> todo = new ArrayDeque<>();
        todo.push(rootId);
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (ids.add(id)) {
                children.getOrDefault(id, List.of()).forEach(c -> todo.push(c.id()));
            }
        }
        return ids;
    }

    /** Every org, parents before children, each with its depth (0 for a root). */
    List<Map.Entry<OrgInfo, Integer>> depthFirst() {
        List<Map.Entry<OrgInfo, Integer>> out = new ArrayList<>();
        for (OrgInfo root : children.getOrDefault(null, List.of())) {
            walk(root, 0, out);
        }
        return out;
    }

    private void walk(OrgInfo org, int depth, List<Map.Entry<OrgInfo, Integer>> out) {
        out.add(Map.entry(org, depth));
        for (OrgInfo child : children.getOrDefault(org.id(), List.of())) {
            walk(child, depth + 1, out);
        }
    }

    boolean hasEnabledChildren(long id) {
        return children.getOrDefault(id, List.of()).stream().anyMatch(OrgInfo::enabled);
    }

    OrgInfo get(long id) {
        return byId.get(id);
    }
}

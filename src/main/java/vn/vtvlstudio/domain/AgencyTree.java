package vn.vtvlstudio.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The agency hierarchy as a navigable tree: children, descendants and readable paths. */
public final class AgencyTree {

    private final Map<Long, Agency> byId = new HashMap<>();
    private final Map<Long, List<Agency>> children = new HashMap<>();
    private final List<Agency> roots = new ArrayList<>();

    public AgencyTree(Collection<Agency> agencies) {
        Comparator<Agency> order = Comparator.comparingInt(Agency::ordinal).thenComparing(Agency::name);
        for (Agency a : agencies) {
            byId.put(a.id(), a);
        }
        for (Agency a : agencies) {
            if (a.parentId() == null || !byId.containsKey(a.parentId())) {
                roots.add(a);
            } else {
                children.computeIfAbsent(a.parentId(), k -> new ArrayList<>()).add(a);
            }
        }
        roots.sort(order);
        children.values().forEach(list -> list.sort(order));
    }

    public List<Agency> roots() {
        return List.copyOf(roots);
    }

    public Agency get(long id) {
        return byId.get(id);
    }

    public Collection<Agency> all() {
        return byId.values();
    }

    public List<Agency> children(long id) {
        return children.getOrDefault(id, List.of());
    }

    /** The agency itself and everything below it. */
    public Set<Long> subtreeIds(long id) {
        Set<Long> out = new LinkedHashSet<>();
        collect(id, out);
        return out;
    }

    private void collect(long id, Set<Long> out) {
        if (!out.add(id)) {
            return;
        }
        for (Agency child : children(id)) {
            collect(child.id(), out);
        }
    }

    /** Names from the root down to this agency, e.g. "Tỉnh ủy › Ban Tổ chức Tỉnh ủy". */
    public List<String> pathNames(long id) {
        List<String> names = new ArrayList<>();
        Agency current = byId.get(id);
        Set<Long> seen = new java.util.HashSet<>();
        while (current != null && seen.add(current.id())) {
            names.add(0, current.name());
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return names;
    }
}

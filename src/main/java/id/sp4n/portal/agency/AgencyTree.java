package id.sp4n.portal.agency;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An immutable snapshot of the whole hierarchy (~12,500 nodes, a few MB), so that routing can walk it in
 * microseconds without a database round trip. Get the current one from {@link AgencyHierarchy}.
 */
public final class AgencyTree {

    private final Map<String, AgencyNode> nodes;
    private final AgencyNode root;
    private volatile Map<String, List<String>> childIndex;
    private volatile Map<AgencyTier, Long> tierCounts;

    AgencyTree(Map<String, AgencyNode> nodes) {
        this.nodes = Map.copyOf(nodes);
        this.root = nodes.values().stream().filter(AgencyNode::isRoot).findFirst()
                .orElseThrow(() -> new IllegalStateException("The agency tree has no root"));
    }

    public AgencyNode root() {
        return root;
    }

    public Optional<AgencyNode> find(String code) {
        return Optional.ofNullable(code == null ? null : nodes.get(code));
    }

    /** Whether any agency of this kind exists (a unit kind such as DISDIK, or a central body's kind). */
    public boolean hasKind(String kind) {
        return kind != null && nodes.values().stream().anyMatch(node -> kind.equals(node.kind()));
    }

    public boolean contains(String code) {
        return code != null && nodes.containsKey(code);
    }

    /** The node and its ancestors, from the node up to the root. */
    public List<AgencyNode> upward(String code) {
        List<AgencyNode> chain = new ArrayList<>();
        AgencyNode node = nodes.get(code);
        while (node != null) {
            chain.add(node);
            node = node.parentCode() == null ? null : nodes.get(node.parentCode());
        }
        return chain;
    }

    /**
     * The agencies a complaint passes from {@code from} to {@code to}: up from {@code from} until an ancestor of
     * {@code to} (the root at worst), then down to {@code to}. Both ends included.
     */
    public List<AgencyNode> path(String from, String to) {
        List<AgencyNode> targetChain = upward(to);
        List<AgencyNode> up = new ArrayList<>();
        for (AgencyNode node : upward(from)) {
            up.add(node);
            int meeting = indexOf(targetChain, node.code());
            if (meeting >= 0) {
                List<AgencyNode> down = new ArrayList<>(targetChain.subList(0, meeting));
                Collections.reverse(down);
                up.addAll(down);
                return up;
            }
        }
        throw new IllegalArgumentException("No path from " + from + " to " + to);
    }

    private static int indexOf(List<AgencyNode> chain, String code) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code code} is {@code ancestorCode} or lies below it. */
    public boolean isWithin(String code, String ancestorCode) {
        return upward(code).stream().anyMatch(node -> node.code().equals(ancestorCode));
    }

    /** The codes of an agency and everything below it (empty for an unknown code). */
    public List<String> subtreeCodes(String code) {
        if (!contains(code)) {
            return List.of();
        }
        Map<String, List<String>> children = childrenByParent();
        List<String> codes = new ArrayList<>();
        Deque<String> pending = new ArrayDeque<>(List.of(code));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            codes.add(next);
            pending.addAll(children.getOrDefault(next, List.of()));
        }
        return codes;
    }

    /**
     * Who works a complaint held by {@code holder}: the holder itself if it has staff, else its nearest ancestor
     * with staff, else the root (the national desk, which can act anywhere). Nobody-can-act never happens.
     */
    public String workingAgency(String holder, Set<String> staffed) {
        for (AgencyNode node : upward(holder)) {
            if (staffed.contains(node.code())) {
                return node.code();
            }
        }
        return root.code();
    }

    /**
     * The agencies whose complaints {@code agency} works: itself and every agency below it reached through
     * agencies without staff only (the inverse of {@link #workingAgency}; the root also takes what no one above
     * could). Empty for an unknown code.
     */
    public List<String> workedBy(String agency, Set<String> staffed) {
        if (!contains(agency)) {
            return List.of();
        }
        Map<String, List<String>> children = childrenByParent();
        List<String> codes = new ArrayList<>();
        Deque<String> pending = new ArrayDeque<>(List.of(agency));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            codes.add(next);
            children.getOrDefault(next, List.of()).stream().filter(child -> !staffed.contains(child))
                    .forEach(pending::add);
        }
        return codes;
    }

    /**
     * What a person typed into an agency field: a code, or words of a name. {@code found} is the agency when the
     * text is a code, the exact name of one agency, or words that match only one; otherwise {@code candidates}
     * holds the first matches (empty when nothing matches), for the person to choose from.
     */
    public record Lookup(AgencyNode found, List<AgencyNode> candidates) {
    }

    public Lookup lookup(String codeOrName, int candidateLimit) {
        String text = codeOrName == null ? "" : codeOrName.strip();
        if (text.isEmpty()) {
            return new Lookup(null, List.of());
        }
        if (nodes.containsKey(text)) {
            return new Lookup(nodes.get(text), List.of());
        }
        String wanted = text.toLowerCase(Locale.ROOT);
        List<String> words = List.of(wanted.split("\\s+"));
        List<AgencyNode> matches = nodes.values().stream()
                .filter(node -> words.stream().allMatch(node.name().toLowerCase(Locale.ROOT)::contains))
                .sorted(Comparator.comparingInt((AgencyNode node) -> node.name().length())
                        .thenComparing(AgencyNode::name))
                .toList();
        List<AgencyNode> exact = matches.stream().filter(node -> node.name().equalsIgnoreCase(text)).toList();
        if (exact.size() == 1 || matches.size() == 1) {
            return new Lookup(exact.size() == 1 ? exact.get(0) : matches.get(0), List.of());
        }
        return new Lookup(null, matches.stream().limit(candidateLimit).toList());
    }

    /** The agencies directly below one, by name. */
    public List<AgencyNode> children(String code) {
        return childrenByParent().getOrDefault(code, List.of()).stream().map(nodes::get)
                .sorted(Comparator.comparing(AgencyNode::name)).toList();
    }

    private Map<String, List<String>> childrenByParent() {
        Map<String, List<String>> index = childIndex;
        if (index == null) {
            // Built on first use only: routing never needs it, the staff inboxes do. Racing builds are harmless.
            index = nodes.values().stream().filter(node -> node.parentCode() != null)
                    .collect(Collectors.groupingBy(AgencyNode::parentCode,
                            Collectors.mapping(AgencyNode::code, Collectors.toList())));
            childIndex = index;
        }
        return index;
    }

    public int size() {
        return nodes.size();
    }

    /** How many active agencies each tier has (the home page's network figures, counted once per snapshot). */
    public Map<AgencyTier, Long> countByTier() {
        Map<AgencyTier, Long> counts = tierCounts;
        if (counts == null) {
            counts = Collections.unmodifiableMap(nodes.values().stream().collect(Collectors.groupingBy(
                    AgencyNode::tier, () -> new EnumMap<>(AgencyTier.class), Collectors.counting())));
            tierCounts = counts;
        }
        return counts;
    }
}

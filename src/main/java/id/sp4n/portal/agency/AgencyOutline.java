package id.sp4n.portal.agency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;

/**
 * The hierarchy as administrators manage it: one level at a time (the page opens branches on demand), each branch
 * with its size and the unfinished complaints it holds, and a search inside one part of the tree. Reads the
 * in-memory tree; the complaint counts are a copy at most {@link #COUNTS_MAX_AGE} old.
 */
@Service
public class AgencyOutline {

    /** Longest search text: agency names are at most 200 characters, a useful search is far shorter. */
    public static final int MAX_SEARCH_LENGTH = 100;

    private static final Comparator<AgencyNode> TIER_THEN_NAME =
            Comparator.comparing(AgencyNode::tier).thenComparing(AgencyNode::name).thenComparing(AgencyNode::code);

    /**
     * How old the complaint counts may be. They guide the administrator through the tree and cost one pass over the
     * kept counts (tens of milliseconds at a million complaints); the deactivation and move forms count exactly.
     */
    static final Duration COUNTS_MAX_AGE = Duration.ofSeconds(5);

    private final AgencyHierarchy hierarchy;
    private final HeldComplaints held;
    private final AgencyStaffing staffing;
    private volatile Counts counts;

    private record Counts(Map<String, Long> unfinished, long loadedAtNanos) {
    }

    AgencyOutline(AgencyHierarchy hierarchy, HeldComplaints held, AgencyStaffing staffing) {
        this.hierarchy = hierarchy;
        this.held = held;
        this.staffing = staffing;
    }

    /**
     * One agency as a branch of the tree: how many agencies sit directly and anywhere below it, and how many
     * unfinished complaints the agency and everything below it hold, and whether it has active staff (without,
     * its nearest ancestor with staff works its complaints).
     */
    public record Branch(AgencyNode agency, int children, int descendants, long unfinished, boolean staffed) {
    }

    /** Agencies matching a search, at most the requested number, and how many matched in all. */
    public record Found(List<Branch> branches, int total) {
    }

    /** The agency itself as a branch (unknown or inactive: not found). */
    public Branch branch(String code) {
        AgencyTree tree = existing(code);
        return branchOf(tree, tree.find(code).orElseThrow(), unfinished(), staffing.staffedAgencies());
    }

    /** The agencies directly below one, central bodies first, then governments, then units; by name within. */
    public List<Branch> below(String code) {
        AgencyTree tree = existing(code);
        Map<String, Long> unfinished = unfinished();
        Set<String> staffed = staffing.staffedAgencies();
        return tree.children(code).stream().sorted(TIER_THEN_NAME)
                .map(child -> branchOf(tree, child, unfinished, staffed)).toList();
    }

    /** The agencies from {@code top} down to {@code code} (both included); {@code code} must lie within {@code top}. */
    public List<AgencyNode> pathFrom(String top, String code) {
        AgencyTree tree = existing(code);
        List<AgencyNode> path = new ArrayList<>();
        for (AgencyNode node : tree.upward(code)) {
            path.add(node);
            if (node.code().equals(top)) {
                Collections.reverse(path);
                return path;
            }
        }
        throw new IllegalArgumentException(code + " does not lie within " + top);
    }

    /**
     * Agencies within {@code top} (itself included) whose name or code contains every word of the text, in any
     * case; at most {@code limit} of them, in the order of {@link #below}.
     */
    public Found search(String top, String text, int limit) {
        if (text != null && text.strip().length() > MAX_SEARCH_LENGTH) {
            throw new InvalidRequestException("agencies.admin.error.search", MAX_SEARCH_LENGTH);
        }
        AgencyTree tree = existing(top);
        List<String> words = text == null || text.isBlank() ? List.of()
                : List.of(text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        List<AgencyNode> matches = tree.subtreeCodes(top).stream().map(code -> tree.find(code).orElseThrow())
                .filter(node -> matchesAll(node, words)).sorted(TIER_THEN_NAME).toList();
        Map<String, Long> unfinished = unfinished();
        Set<String> staffed = staffing.staffedAgencies();
        return new Found(matches.stream().limit(limit).map(node -> branchOf(tree, node, unfinished, staffed)).toList(),
                matches.size());
    }

    private static boolean matchesAll(AgencyNode node, List<String> words) {
        String name = node.name().toLowerCase(Locale.ROOT);
        String code = node.code().toLowerCase(Locale.ROOT);
        return words.stream().allMatch(word -> name.contains(word) || code.contains(word));
    }

    private static Branch branchOf(AgencyTree tree, AgencyNode node, Map<String, Long> unfinished,
                                   Set<String> staffed) {
        List<String> subtree = tree.subtreeCodes(node.code());
        long held = subtree.stream().mapToLong(code -> unfinished.getOrDefault(code, 0L)).sum();
        return new Branch(node, tree.children(node.code()).size(), subtree.size() - 1, held,
                staffed.contains(node.code()));
    }

    /** Concurrent reloads are possible and harmless: each is a complete copy. */
    private Map<String, Long> unfinished() {
        Counts current = counts;
        if (current == null || System.nanoTime() - current.loadedAtNanos() > COUNTS_MAX_AGE.toNanos()) {
            current = new Counts(Map.copyOf(held.unfinishedByAgency()), System.nanoTime());
            counts = current;
        }
        return current.unfinished();
    }

    private AgencyTree existing(String code) {
        AgencyTree tree = hierarchy.tree();
        if (!tree.contains(code)) {
            throw new RecordNotFoundException("agency.notFound", code == null ? "" : code);
        }
        return tree;
    }
}

package id.sp4n.portal.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Who works what an agency without staff holds: the nearest ancestor with staff, and its inverse. */
class WorkingAgencyTest {

    private static final AgencyTree TREE = new AgencyTree(Stream.of(
                    new AgencyNode("nasional", "Meja nasional", "NATIONAL", AgencyTier.CENTRAL, null, null, 0),
                    new AgencyNode("prov", "Provinsi", "PROVINCE", AgencyTier.PROVINCE, "nasional", "32", 1),
                    new AgencyNode("prov/PUPR", "PUPR Provinsi", "PUPR", AgencyTier.UNIT, "prov", "32", 2),
                    new AgencyNode("kota", "Kota", "REGENCY", AgencyTier.REGENCY, "prov", "32.77", 2),
                    new AgencyNode("kota/PUPR", "PUPR Kota", "PUPR", AgencyTier.UNIT, "kota", "32.77", 3),
                    new AgencyNode("kota/PUPR/UPT", "UPT Jalan", "UPT", AgencyTier.UNIT, "kota/PUPR", "32.77", 4),
                    new AgencyNode("kota/DISDIK", "Disdik Kota", "DISDIK", AgencyTier.UNIT, "kota", "32.77", 3))
            .collect(Collectors.toMap(AgencyNode::code, node -> node)));

    @Test
    void shouldGiveAnUnstaffedHolderToItsNearestAncestorWithStaff() {
        Set<String> staffed = Set.of("prov", "kota", "kota/DISDIK");

        assertThat(TREE.workingAgency("kota/DISDIK", staffed)).isEqualTo("kota/DISDIK");
        assertThat(TREE.workingAgency("kota/PUPR", staffed)).isEqualTo("kota");
        assertThat(TREE.workingAgency("kota/PUPR/UPT", staffed)).isEqualTo("kota");
        assertThat(TREE.workingAgency("prov/PUPR", staffed)).isEqualTo("prov");
        // Nobody above has staff: the national desk, which can act anywhere.
        assertThat(TREE.workingAgency("kota/PUPR", Set.of())).isEqualTo("nasional");
    }

    @Test
    void shouldListWhatAnAgencyWorksThroughUnitsWithoutStaffOnly() {
        Set<String> staffed = Set.of("prov", "kota", "kota/DISDIK");

        assertThat(TREE.workedBy("kota", staffed)).containsExactlyInAnyOrder("kota", "kota/PUPR", "kota/PUPR/UPT");
        assertThat(TREE.workedBy("prov", staffed)).containsExactlyInAnyOrder("prov", "prov/PUPR");
        assertThat(TREE.workedBy("kota/DISDIK", staffed)).containsExactly("kota/DISDIK");
        assertThat(TREE.workedBy("unknown", staffed)).isEmpty();
        // Each holder is worked by exactly one agency, and workedBy is its inverse.
        for (String holder : List.of("kota/PUPR", "kota/PUPR/UPT", "prov/PUPR", "kota/DISDIK")) {
            String worker = TREE.workingAgency(holder, staffed);
            assertThat(TREE.workedBy(worker, staffed)).contains(holder);
        }
    }
}

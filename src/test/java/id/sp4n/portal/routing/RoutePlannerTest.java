package id.sp4n.portal.routing;

import static org.assertj.core.api.Assertions.assertThat;

import id.sp4n.portal.support.PortalTest;
import java.util.ArrayList;
import java.util.List;

import id.sp4n.portal.complaint.HopRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Doors and paths: up from the door to a common ancestor, then down to the destination. */
@PortalTest
class RoutePlannerTest {

    @Autowired
    RoutePlanner planner;

    /** The agencies visited: the door, then the target of every hop. */
    private static List<String> stops(String door, Route route) {
        List<String> stops = new ArrayList<>(List.of(door));
        route.hops().stream().map(HopRecord::toAgencyCode).forEach(stops::add);
        return stops;
    }

    @Test
    void shouldGoDownFromTheNationalDoorToTheProvincialOffice() {
        Route route = planner.plan("kemenpanrb", "PENDIDIKAN-MENENGAH", "32", "32.73", null);
        assertThat(stops("kemenpanrb", route)).containsExactly("kemenpanrb", "pemda-32", "pemda-32/DISDIK");
        assertThat(route.hops().get(0).reasonCode()).isEqualTo("route.hop.down");
        assertThat(route.hops().get(1).reasonCode()).isEqualTo("route.authority.default");
        assertThat(route.hops()).allSatisfy(hop -> {
            assertThat(hop.actorKind()).isEqualTo(HopRecord.ActorKind.SYSTEM);
            assertThat(hop.rule()).isEqualTo("DEFAULT PENDIDIKAN-MENENGAH: PROVINCE/DISDIK");
        });
    }

    @Test
    void shouldGoThroughProvinceAndCityForAPrimarySchool() {
        Route route = planner.plan("kemenpanrb", "PENDIDIKAN-DASAR", "32", "32.73", null);
        assertThat(stops("kemenpanrb", route))
                .containsExactly("kemenpanrb", "pemda-32", "pemda-32.73", "pemda-32.73/DISDIK");
    }

    @Test
    void shouldGoStraightToACentralBodyFromTheNationalDoor() {
        Route route = planner.plan("kemenpanrb", "IMIGRASI", "32", "32.73", null);
        assertThat(stops("kemenpanrb", route)).containsExactly("kemenpanrb", "kemenimipas");
    }

    @Test
    void shouldClimbFromARegencyDoorThenGoDownForAProvincialAffair() {
        Route route = planner.plan("pemda-32.73", "PENDIDIKAN-MENENGAH", "32", "32.73", null);
        assertThat(stops("pemda-32.73", route)).containsExactly("pemda-32.73", "pemda-32", "pemda-32/DISDIK");
        assertThat(route.hops().get(0).reasonCode()).isEqualTo("route.hop.up");
    }

    @Test
    void shouldClimbToTheRootFromACityDoorForACentralAffair() {
        Route route = planner.plan("pemda-32.73", "LISTRIK", "32", "32.73", null);
        assertThat(stops("pemda-32.73", route)).containsExactly("pemda-32.73", "pemda-32", "kemenpanrb", "pln");
        assertThat(route.hops().get(2).reasonCode()).isEqualTo("route.authority.central");
    }

    @Test
    void shouldStayAtTheDoorWhenTheDoorHasAuthority() {
        Route route = planner.plan("pemda-32.73/DISDIK", "PENDIDIKAN-DASAR", "32", "32.73", null);
        assertThat(route.hops()).isEmpty();
        assertThat(route.destinationCode()).isEqualTo("pemda-32.73/DISDIK");
    }

    @Test
    void shouldLeaveANotSureComplaintWithTheLowestAgencyOnTheWayThatCoversThePlace() {
        Route national = planner.plan("kemenpanrb", "LAINNYA", "32", "32.73", null);
        assertThat(stops("kemenpanrb", national)).containsExactly("kemenpanrb", "pemda-32", "pemda-32.73");
        assertThat(national.hops().get(1).reasonCode()).isEqualTo("route.authority.none");

        Route otherProvince = planner.plan("pemda-33", null, "32", "32.73", null);
        assertThat(stops("pemda-33", otherProvince))
                .containsExactly("pemda-33", "kemenpanrb", "pemda-32", "pemda-32.73");

        Route centralDoor = planner.plan("kemenkes", "LAINNYA", "31", "31.74", null);
        assertThat(stops("kemenkes", centralDoor)).containsExactly("kemenkes", "kemenpanrb", "pemda-31");
    }

    @Test
    void shouldSendANotSureComplaintToTheAgencyTheCitizenChose() {
        Route route = planner.plan("kemenpanrb", "LAINNYA", "32", "32.73", "pemda-32.73/DINKES");
        assertThat(route.destinationCode()).isEqualTo("pemda-32.73/DINKES");
        assertThat(route.hops().get(route.hops().size() - 1).reasonCode()).isEqualTo("route.authority.citizenChoice");
    }

    @Test
    void shouldRouteToTheAuthorityWhenTheChosenAgencyHasNoneAndSayWhy() {
        Route route = planner.plan("kemenpanrb", "PENDIDIKAN-MENENGAH", "32", "32.73", "pemda-32.73/DISDIK");
        assertThat(route.destinationCode()).isEqualTo("pemda-32/DISDIK");
        HopRecord last = route.hops().get(route.hops().size() - 1);
        assertThat(last.reasonCode()).isEqualTo("route.authority.default.notChosen");
        assertThat(last.reasonArgs()).endsWith("agency:pemda-32.73/DISDIK");
    }
}

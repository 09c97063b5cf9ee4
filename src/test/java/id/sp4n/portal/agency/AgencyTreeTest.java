package id.sp4n.portal.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sp4n.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The materialized path follows every move, and the database refuses cycles. Changes are rolled back. */
@PortalTest
@Transactional
class AgencyTreeTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AgencyDirectory directory;

    private void move(String code, String newParent) {
        jdbc.sql("update agency set parent_id = (select id from agency where code = ?) where code = ?")
                .param(newParent).param(code).update();
    }

    @Test
    void shouldCarryTheSubtreeAlongWhenAnAgencyMoves() {
        int centralJavaBefore = directory.details("pemda-33").subtreeSize();
        int westJavaBefore = directory.details("pemda-32").subtreeSize();

        move("pemda-32.73", "pemda-33");

        assertThat(directory.details("pemda-32.73/DISDIK").path()).extracting(AgencySummary::code)
                .containsExactly("kemenpanrb", "pemda-33", "pemda-32.73", "pemda-32.73/DISDIK");
        assertThat(directory.details("pemda-33").subtreeSize()).isEqualTo(centralJavaBefore + 23);
        assertThat(directory.details("pemda-32").subtreeSize()).isEqualTo(westJavaBefore - 23);
        assertThat(directory.children("pemda-33")).extracting(AgencySummary::code).contains("pemda-32.73");
    }

    @Test
    void shouldRefuseToMoveAnAgencyUnderItsOwnSubtree() {
        assertThatThrownBy(() -> move("pemda-32", "pemda-32.73/DISDIK"))
                .hasMessageContaining("cannot move under its own subtree");
    }

    @Test
    void shouldCountTheWholeSubtree() {
        AgencyDetails bandung = directory.details("pemda-32.73");
        assertThat(bandung.childCount()).isEqualTo(22);
        assertThat(bandung.subtreeSize()).isEqualTo(22);
        AgencyDetails westJava = directory.details("pemda-32");
        long regencies = jdbc.sql("select count(*) from region where parent_code = '32'").query(Long.class).single();
        assertThat(westJava.subtreeSize()).isEqualTo((int) (regencies * 23 + 19));
    }
}

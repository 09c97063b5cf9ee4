package id.sp4n.portal.agency;

import static org.assertj.core.api.Assertions.assertThat;

import id.sp4n.portal.support.PortalTest;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seeded hierarchy has the shape domain.md and the issue describe, with the expected counts. */
@PortalTest
class ReferenceDataTest {

    @Autowired
    JdbcClient jdbc;

    private long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }

    @Test
    void shouldSeedTheWholeRegionTreeWithPopulation() {
        assertThat(count("select count(*) from region where level = 'PROVINCE'")).isEqualTo(38);
        assertThat(count("select count(*) from region where level in ('REGENCY', 'CITY')")).isEqualTo(514);
        assertThat(count("select count(*) from region where level = 'DISTRICT'")).isEqualTo(7285);
        assertThat(count("select count(*) from region where level <> 'DISTRICT' and population is null")).isZero();
        assertThat(count("select population from region where code = '32.73'")).isGreaterThan(2_000_000);
    }

    @Test
    void shouldSeedOneGovernmentPerProvinceAndAutonomousRegency() {
        assertThat(count("select count(*) from agency where tier = 'PROVINCE'")).isEqualTo(38);
        assertThat(count("select count(*) from agency where tier = 'REGENCY'")).isEqualTo(508);
        assertThat(count("select count(*) from agency where code like 'pemda-31.%'")).isZero();
    }

    @Test
    void shouldPutTheNationalDeskAtTheRootAndEveryOtherCentralBodyUnderIt() {
        assertThat(jdbc.sql("select code from agency where parent_id is null").query(String.class).list())
                .containsExactly("kemenpanrb");
        assertThat(count("""
                select count(*) from agency a join agency p on p.id = a.parent_id
                 where a.tier in ('CENTRAL', 'PROVINCE') and p.code <> 'kemenpanrb'""")).isZero();
        assertThat(count("select count(*) from agency where tier = 'CENTRAL'")).isEqualTo(57);
    }

    @Test
    void shouldHangRegenciesUnderTheirProvinceAndUnitsUnderTheirGovernment() {
        assertThat(count("""
                select count(*) from agency a join agency p on p.id = a.parent_id
                 where a.tier = 'REGENCY' and p.code <> 'pemda-' || substr(a.region_code, 1, 2)""")).isZero();
        assertThat(count("""
                select count(*) from agency a join agency p on p.id = a.parent_id
                 where a.tier = 'UNIT' and a.code not like p.code || '/%'""")).isZero();
    }

    @Test
    void shouldGiveUnitsOnlyAtTheTiersTheUnitKindExistsAt() {
        // Forestry is provincial only, the fire service regency only.
        assertThat(count("select count(*) from agency where code = 'pemda-32/DISHUT'")).isOne();
        assertThat(count("select count(*) from agency where code = 'pemda-32.73/DISHUT'")).isZero();
        assertThat(count("select count(*) from agency where code = 'pemda-32/DAMKAR'")).isZero();
        assertThat(count("select count(*) from agency where code = 'pemda-32.73/DAMKAR'")).isOne();
        assertThat(count("select count(*) from agency a join unit_kind k on k.code = a.kind"
                + " where a.tier = 'UNIT' and a.code ~ '^pemda-[0-9]+/' and k.tiers not like '%PROVINCE%'"
                + " and a.code not like 'pemda-31/%'")).isZero();
    }

    @Test
    void shouldLetJakartasProvinceHandleRegencyAffairs() {
        List<String> jakartaUnits = jdbc.sql("select kind from agency where code like 'pemda-31/%'")
                .query(String.class).list();
        assertThat(jakartaUnits).contains("DUKCAPIL", "DAMKAR", "PDAM", "DPMD", "DISHUT", "DISDIK");
    }

    @Test
    void shouldKeepEveryPathConsistentWithTheParentLinks() {
        assertThat(count("""
                select count(*) from agency a join agency p on p.id = a.parent_id
                 where a.path <> p.path || a.id::text""")).isZero();
        assertThat(count("select count(*) from agency")).isBetween(12_000L, 13_000L);
    }

    @Test
    void shouldSeedCategoriesAndHolidays() {
        assertThat(count("select count(*) from category")).isEqualTo(54);
        assertThat(count("select count(*) from category where tier is null")).isOne();
        assertThat(count("select count(*) from holiday where agency_code is null")).isEqualTo(25);
    }
}

package id.sp4n.portal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The previous period set beside a view's figures, as the method page defines it. */
class ScopeTest {

    @ParameterizedTest
    @CsvSource({
            // this year so far: the same dates a year before
            "2026-01-01, 2026-12-02, 2025-01-01, 2025-12-02",
            // a leap day's year so far ends on 28 February the year before
            "2024-01-01, 2024-02-29, 2023-01-01, 2023-02-28",
            // a whole month: the month before, with its own length
            "2024-03-01, 2024-03-31, 2024-02-01, 2024-02-29",
            // a quarter: the quarter before, across the new year
            "2026-01-01, 2026-03-31, 2025-01-01, 2025-03-31",
            "2025-10-01, 2025-12-31, 2025-07-01, 2025-09-30",
            // any other stretch: as many days right before
            "2026-05-11, 2026-05-20, 2026-05-01, 2026-05-10",
            "2026-03-15, 2026-03-15, 2026-03-14, 2026-03-14"})
    void shouldSetTheComparablePeriodBefore(LocalDate from, LocalDate to, LocalDate previousFrom,
                                            LocalDate previousTo) {
        Scope previous = new Scope("kemenpanrb", true, from, to, true).previous();
        assertThat(previous.from()).isEqualTo(previousFrom);
        assertThat(previous.to()).isEqualTo(previousTo);
        assertThat(previous.agencyCode()).isEqualTo("kemenpanrb");
    }
}

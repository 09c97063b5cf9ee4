package id.sp4n.portal.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShownTest {

    @Test
    void shouldKeepTheFirstRowsAndCountTheRest() {
        Shown<Integer> shown = Shown.first(List.of(9, 7, 5, 3), 3);
        assertThat(shown.rows()).containsExactly(9, 7, 5);
        assertThat(shown.hidden()).isEqualTo(1);
    }

    @Test
    void shouldHideNothingWhenEverythingFits() {
        assertThat(Shown.first(List.of(1, 2), 2)).isEqualTo(new Shown<>(List.of(1, 2), 0));
        assertThat(Shown.first(List.<Integer>of(), 2).isEmpty()).isTrue();
    }
}

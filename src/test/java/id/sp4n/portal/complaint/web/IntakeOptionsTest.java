package id.sp4n.portal.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntakeOptionsTest {

    private static String options(String... valuesAndLabels) {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < valuesAndLabels.length; i += 2) {
            IntakeOptions.option(html, valuesAndLabels[i], valuesAndLabels[i + 1]);
        }
        return html.toString();
    }

    @Test
    void shouldEscapeValuesAndLabels() {
        assertThat(options("A&B", "<script>alert(1)</script> \"Jalan\""))
                .isEqualTo("<option value=\"A&amp;B\">&lt;script&gt;alert(1)&lt;/script&gt; &quot;Jalan&quot;</option>");
    }

    @Test
    void shouldMarkOnlyTheOptionWithExactlyTheChosenValue() {
        String html = options("32.7", "Tujuh", "32.73", "Kota Bandung", "32.730", "Lain");
        assertThat(IntakeOptions.selecting(html, "32.73")).isEqualTo(options("32.7", "Tujuh")
                + "<option value=\"32.73\" selected>Kota Bandung</option>" + options("32.730", "Lain"));
        assertThat(IntakeOptions.selecting(options("A&B", "x"), "A&B"))
                .isEqualTo("<option value=\"A&amp;B\" selected>x</option>");
        assertThat(IntakeOptions.selecting(html, "99")).isEqualTo(html);
        assertThat(IntakeOptions.selecting(html, null)).isEqualTo(html);
        assertThat(IntakeOptions.selecting(html, "")).isEqualTo(html);
    }
}

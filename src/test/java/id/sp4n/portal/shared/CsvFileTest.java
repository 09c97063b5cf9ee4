package id.sp4n.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV as the portal reads and writes it: quoting, line breaks inside fields, and no live formulas. */
class CsvFileTest {

    @Test
    void shouldReadQuotedFieldsWithCommasAndQuotes() {
        var lines = CsvFile.lines("code,name,note\na,\"Pendidikan, Sains\",\"say \"\"hi\"\"\"\nb,,\n");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).fields()).containsEntry("name", "Pendidikan, Sains").containsEntry("note", "say \"hi\"");
        assertThat(lines.get(1).fields()).containsEntry("code", "b").containsEntry("name", "").containsEntry("note", "");
        assertThat(lines.get(1).number()).isEqualTo(3);
    }

    @Test
    void shouldFillMissingTrailingFieldsWithEmptyStrings() {
        assertThat(CsvFile.lines("a,b,c\n1\n").get(0).fields()).containsEntry("b", "").containsEntry("c", "");
    }

    @Test
    void shouldReadBackAQuotedLineBreakItWrote() {
        String text = CsvFile.row("code", "note") + CsvFile.row("x", "baris satu\nbaris dua") + CsvFile.row("y", "z");
        var lines = CsvFile.lines(text);
        assertThat(lines).extracting(line -> line.fields().get("note")).containsExactly("baris satu\nbaris dua", "z");
        assertThat(lines).extracting(CsvFile.Line::number).containsExactly(3, 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://example.org\",\"klik\")", "@SUM(A1:A9)", "+62 812", "-1+1", "\tx"})
    void shouldWriteFormulasAsTextAndReadThemBackUnchanged(String value) {
        String row = CsvFile.row(value);
        assertThat(row.replace("\"", "")).startsWith("'");
        assertThat(CsvFile.lines(CsvFile.row("value") + row).get(0).fields().get("value")).isEqualTo(value);
    }

    @Test
    void shouldLeaveOrdinaryTextAndAnApostropheOfItsOwnAlone() {
        assertThat(CsvFile.row("Dinas Pendidikan", "'biasa")).isEqualTo("Dinas Pendidikan,'biasa\n");
        assertThat(CsvFile.lines("a\n'biasa\n").get(0).fields()).containsEntry("a", "'biasa");
    }

    @Test
    void shouldRefuseAnUnclosedQuoteWithItsLine() {
        assertThatThrownBy(() -> CsvFile.lines("a,b\n1,2\n3,\"tanpa tutup\n"))
                .isInstanceOfSatisfying(CsvImportRejected.class, rejected ->
                        assertThat(rejected.problems()).singleElement().satisfies(problem ->
                                assertThat(problem.messageCode()).isEqualTo("csv.error.unreadable")));
    }
}

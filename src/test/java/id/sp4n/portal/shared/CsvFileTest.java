package id.sp4n.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvFileTest {

    @Test
    void shouldReadQuotedFieldsWithCommasAndQuotes() {
        var rows = CsvFile.parse(List.of("code,name,note", "a,\"Pendidikan, Sains\",\"say \"\"hi\"\"\"", "b,,"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("name", "Pendidikan, Sains").containsEntry("note", "say \"hi\"");
        assertThat(rows.get(1)).containsEntry("code", "b").containsEntry("name", "").containsEntry("note", "");
    }

    @Test
    void shouldFillMissingTrailingFieldsWithEmptyStrings() {
        assertThat(CsvFile.parse(List.of("a,b,c", "1")).get(0)).containsEntry("b", "").containsEntry("c", "");
    }
}

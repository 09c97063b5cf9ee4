package id.sp4n.portal.complaint.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import id.sp4n.portal.complaint.ReportType;
import org.junit.jupiter.api.Test;

class SqlConditionsTest {

    @Test
    void shouldAddOnlyTheFiltersThatWereGivenAndBindTheirValues() {
        SqlConditions queue = new SqlConditions().where("c.current_agency_code = :holder", "holder", "pemda-32.73");
        SqlConditions filtered = queue.copy()
                .whereGiven(ReportType.ASPIRASI, "c.type = :type", "type")
                .whereGiven(" ", "c.category_code = :category", "category")
                .whereGiven(null, "c.province_code = :province", "province")
                .whereGiven("jalan rusak", "c.search @@ websearch_to_tsquery('indonesian', :text)", "text");

        assertThat(filtered.sql()).isEqualTo("c.current_agency_code = :holder and c.type = :type"
                + " and c.search @@ websearch_to_tsquery('indonesian', :text)");
        assertThat(filtered.params(Map.of("limit", 50))).containsEntry("type", "ASPIRASI")
                .containsEntry("text", "jalan rusak").containsEntry("limit", 50).doesNotContainKey("category");
        assertThat(queue.size()).isEqualTo(1);
        assertThat(new SqlConditions().sql()).isEqualTo("true");
    }
}

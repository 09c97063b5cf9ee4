package id.sp4n.portal.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TrackingNumberTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    @Test
    void shouldGenerateShortValidAndDistinctNumbers() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            TrackingNumber number = TrackingNumber.random();
            assertThat(number.value()).hasSize(12).matches("[0-9A-HJKMNP-TV-Z]{12}");
            assertThat(TrackingNumber.parse(number.value())).contains(number);
            seen.add(number.value());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void shouldForgiveCaseSpacesHyphensAndLookAlikeLetters() {
        TrackingNumber number = TrackingNumber.random();
        String typed = " " + number.display().toLowerCase() + " ";
        assertThat(TrackingNumber.parse(typed)).contains(number);
        String withLookAlikes = number.value().replace('0', 'O').replace('1', 'I');
        assertThat(TrackingNumber.parse(withLookAlikes)).contains(number);
        assertThat(number.display()).matches(".{4}-.{4}-.{4}");
    }

    @Test
    void shouldCatchEverySingleMistypedCharacter() {
        for (int sample = 0; sample < 200; sample++) {
            String value = TrackingNumber.random().value();
            for (int position = 0; position < value.length(); position++) {
                for (char replacement : ALPHABET.toCharArray()) {
                    if (replacement == value.charAt(position)) {
                        continue;
                    }
                    String typo = value.substring(0, position) + replacement + value.substring(position + 1);
                    assertThat(TrackingNumber.parse(typo)).as("typo %s of %s", typo, value).isEmpty();
                }
            }
        }
    }

    @Test
    void shouldCatchSwappedNeighbours() {
        for (int sample = 0; sample < 500; sample++) {
            String value = TrackingNumber.random().value();
            for (int i = 0; i + 1 < value.length(); i++) {
                if (value.charAt(i) == value.charAt(i + 1)) {
                    continue;
                }
                String swapped = value.substring(0, i) + value.charAt(i + 1) + value.charAt(i) + value.substring(i + 2);
                assertThat(TrackingNumber.parse(swapped)).as("swap in %s", value).isEmpty();
            }
        }
    }

    @Test
    void shouldRefuseWhatCannotBeANumber() {
        assertThat(TrackingNumber.parse(null)).isEmpty();
        assertThat(TrackingNumber.parse("")).isEmpty();
        assertThat(TrackingNumber.parse("ABC")).isEmpty();
        assertThat(TrackingNumber.parse("<script>alert(1)</script>")).isEmpty();
        assertThat(TrackingNumber.parse("UUUUUUUUUUUU")).isEmpty();
        assertThatThrownBy(() -> new TrackingNumber("not a number")).isInstanceOf(IllegalArgumentException.class);
    }
}

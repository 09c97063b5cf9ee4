package id.sp4n.portal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The roll-up is built again whenever the text of the definitions changes (docs/0041), so that text must not change
 * between two starts of the same code: no iteration over a hash-ordered map, whose order differs from JVM to JVM.
 */
class MeasuresTest {

    @Test
    void shouldDefineTheMeasuresWithTheSameTextInEveryJvm() throws IOException, InterruptedException {
        String here = Measures.contributions("kemenpanrb");
        // Map.of orders a small map one of a few ways per JVM: several fresh JVMs would show a difference.
        for (int start = 0; start < 4; start++) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), PrintDefinitions.class.getName())
                    .redirectErrorStream(true).start();
            String there = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).isZero();
            assertThat(there).isEqualTo(here);
        }
    }

    /** Run in a fresh JVM by the test above. */
    static final class PrintDefinitions {
        public static void main(String[] args) {
            System.out.print(Measures.contributions("kemenpanrb"));
        }
    }
}

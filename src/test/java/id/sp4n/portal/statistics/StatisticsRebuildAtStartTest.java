package id.sp4n.portal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import id.sp4n.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * The documented command: an instance started with {@code --portal.statistics.rebuild=true} rebuilds the record before
 * it serves. Its own context, since the flag acts at start-up.
 */
@PortalTest
@TestPropertySource(properties = "portal.statistics.rebuild=true")
@ExtendWith(OutputCaptureExtension.class)
class StatisticsRebuildAtStartTest {

    @Test
    void shouldRebuildWhenStartedWithTheFlag(CapturedOutput output) {
        assertThat(output.getAll()).containsPattern("Statistics rebuilt from \\d+ events in \\d+ ms");
    }
}

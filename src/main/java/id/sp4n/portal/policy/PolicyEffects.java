package id.sp4n.portal.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import id.sp4n.portal.statistics.ReceivedCounts;
import id.sp4n.portal.statistics.Scope;
import org.springframework.stereotype.Service;

/**
 * The effect of a done action (docs/0044): public complaints of its category about its region in the {@code W} days
 * before the day it was done against the {@code W} days from that day, where {@code W} is 90 days or, sooner than
 * that, every whole day since. Fewer than {@value #SHORTEST_WINDOW} days since, or fewer than {@value #FEWEST_BEFORE}
 * complaints before, and no change is claimed.
 */
@Service
public class PolicyEffects {

    static final int LONGEST_WINDOW = 90;
    static final int SHORTEST_WINDOW = 14;
    /** Below this, a percentage of change says more about chance than about the action. */
    static final int FEWEST_BEFORE = 10;

    public enum Verdict {
        /** Not done yet: nothing to measure. */
        NOT_DONE,
        /** Done fewer than 14 days ago. */
        TOO_EARLY,
        /** Fewer than 10 complaints before: too few to judge. */
        TOO_FEW,
        MEASURED
    }

    /**
     * {@code before}: complaints in [{@code beforeFrom}, {@code doneOn}); {@code after}: in [{@code doneOn},
     * {@code afterUntil}); {@code changePercent}: (after − before) × 100 ÷ before, one decimal, half up — only when
     * MEASURED.
     */
    public record Effect(Verdict verdict, int windowDays, LocalDate beforeFrom, LocalDate doneOn, LocalDate afterUntil,
                         long before, long after, BigDecimal changePercent) {
    }

    private final ReceivedCounts counts;
    private final Clock clock;

    PolicyEffects(ReceivedCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    public Effect of(FollowUp entry) {
        LocalDate done = entry.doneOn();
        if (done == null) {
            return new Effect(Verdict.NOT_DONE, 0, null, null, null, 0, 0, null);
        }
        LocalDate today = LocalDate.now(clock.withZone(Scope.PERIOD_ZONE));
        int window = (int) Math.min(LONGEST_WINDOW, Math.max(0, ChronoUnit.DAYS.between(done, today)));
        LocalDate from = done.minusDays(window);
        LocalDate until = done.plusDays(window);
        if (window < SHORTEST_WINDOW) {
            return new Effect(Verdict.TOO_EARLY, window, from, done, until, 0, 0, null);
        }
        long before = counts.received(entry.categoryCode(), entry.regionCode(), from, done);
        long after = counts.received(entry.categoryCode(), entry.regionCode(), done, until);
        if (before < FEWEST_BEFORE) {
            return new Effect(Verdict.TOO_FEW, window, from, done, until, before, after, null);
        }
        BigDecimal change = BigDecimal.valueOf((after - before) * 100L)
                .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
        return new Effect(Verdict.MEASURED, window, from, done, until, before, after, change);
    }
}

package id.sp4n.portal.policy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.sp4n.portal.statistics.ReceivedCounts;
import id.sp4n.portal.statistics.Scope;
import id.sp4n.portal.statistics.UsualLevel;
import org.springframework.stereotype.Service;

/**
 * Problems rising above their usual level ({@link UsualLevel}, docs/0044): for every category and place (regency or
 * city, else province), public complaints in the last four whole weeks (Monday to Sunday, Western Indonesia Time)
 * against the twelve weeks before them. Computed at most every ten minutes per instance: the weeks it
 * looks at are whole, so only today's new complaints about an already finished week could change it.
 */
@Service
public class RecurringProblems {

    static final int RECENT_WEEKS = UsualLevel.RECENT_WEEKS;
    static final int BASELINE_WEEKS = UsualLevel.BASELINE_WEEKS;
    private static final Duration KEPT = Duration.ofMinutes(10);

    /**
     * {@code weekly}: the 16 weeks' counts, oldest first (the last four are the recent ones); {@code expected}: λ,
     * one decimal.
     */
    public record Problem(String categoryCode, String placeCode, long recent, long baseline, BigDecimal expected,
                          List<Long> weekly) {
    }

    /** The weeks looked at: {@code firstDay} is the first baseline Monday, {@code recentFrom} the first recent one. */
    public record Survey(LocalDate firstDay, LocalDate recentFrom, LocalDate until, List<Problem> problems) {

        public Optional<Problem> find(String categoryCode, String placeCode) {
            return problems.stream().filter(problem -> problem.categoryCode().equals(categoryCode)
                    && problem.placeCode().equals(placeCode)).findFirst();
        }
    }

    private record Kept(LocalDate thisMonday, Instant at, Survey survey) {
    }

    private final ReceivedCounts counts;
    private final Clock clock;
    private volatile Kept kept;

    RecurringProblems(ReceivedCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    /** Recurring problems now, the most unusual first. */
    public Survey now() {
        LocalDate thisMonday = LocalDate.now(clock.withZone(Scope.PERIOD_ZONE))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Kept last = kept;
        Instant now = clock.instant();
        if (last == null || !last.thisMonday().equals(thisMonday) || last.at().plus(KEPT).isBefore(now)) {
            last = new Kept(thisMonday, now, survey(thisMonday));
            kept = last;
        }
        return last.survey();
    }

    /** The figures of one category and place, recurring or not (for its page). */
    public Problem of(String categoryCode, String placeCode) {
        Survey survey = now();
        return survey.find(categoryCode, placeCode).orElseGet(() -> {
            long[] weeks = new long[RECENT_WEEKS + BASELINE_WEEKS];
            counts.weekly(survey.firstDay(), weeks.length, categoryCode, placeCode)
                    .forEach(w -> weeks[w.week()] += w.count());
            return problem(categoryCode, placeCode, weeks);
        });
    }

    /** Forgets the survey kept (after new history was loaded, e.g. in tests). */
    public void forget() {
        kept = null;
    }

    private Survey survey(LocalDate thisMonday) {
        int total = RECENT_WEEKS + BASELINE_WEEKS;
        LocalDate first = thisMonday.minusWeeks(total);
        Map<List<String>, long[]> byKind = new HashMap<>();
        for (ReceivedCounts.Weekly week : counts.weekly(first, total)) {
            byKind.computeIfAbsent(List.of(week.categoryCode(), week.place()), key -> new long[total])[week.week()]
                    += week.count();
        }
        List<Problem> rising = new ArrayList<>();
        byKind.forEach((kind, weeks) -> {
            Problem problem = problem(kind.get(0), kind.get(1), weeks);
            if (UsualLevel.exceeded(problem.recent(), problem.baseline())) {
                rising.add(problem);
            }
        });
        rising.sort(Comparator.comparingDouble((Problem p) -> UsualLevel.unusualness(p.recent(), p.baseline()))
                .reversed()
                .thenComparing(Problem::categoryCode).thenComparing(Problem::placeCode));
        return new Survey(first, thisMonday.minusWeeks(RECENT_WEEKS), thisMonday, List.copyOf(rising));
    }

    private static Problem problem(String category, String place, long[] weeks) {
        long baseline = 0;
        long recent = 0;
        List<Long> weekly = new ArrayList<>();
        for (int i = 0; i < weeks.length; i++) {
            weekly.add(weeks[i]);
            if (i < BASELINE_WEEKS) {
                baseline += weeks[i];
            } else {
                recent += weeks[i];
            }
        }
        return new Problem(category, place, recent, baseline, UsualLevel.expected(baseline), List.copyOf(weekly));
    }
}

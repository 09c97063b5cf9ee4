package id.sp4n.portal.evaluation;

import java.util.Arrays;
import java.util.Optional;

import id.sp4n.portal.statistics.BodyFigures.Counts;

/**
 * What a body is scored on: each a share between 0 and 1 of counts the statistics module keeps (defined on its method
 * page), only of what the clock measures or citizens confirm. None is a count of complaints, so more complaints never
 * lower a score by themselves; the policy-use and leadership shares count follow-ups done and a head's months, never
 * complaints. A share whose base is below {@link #MINIMUM_BASE} is "too few to judge" and left out.
 */
public enum Indicator {
    /** Followed up within five working days, of all received. */
    FOLLOW_UP_IN_TIME {
        @Override
        long[] share(Evidence evidence) {
            Counts counts = evidence.counts();
            return new long[] {counts.followedUpWithinFiveDays(), counts.received()};
        }
    },
    /** Responded within the completion limit, of all received. */
    RESPONSE_IN_TIME {
        @Override
        long[] share(Evidence evidence) {
            Counts counts = evidence.counts();
            return new long[] {counts.respondedWithinLimit(), counts.received()};
        }
    },
    /** Responses the reporter accepted, of all responded. */
    CONFIRMED_BY_REPORTER {
        @Override
        long[] share(Evidence evidence) {
            Counts counts = evidence.counts();
            return new long[] {counts.accepted(), counts.responded()};
        }
    },
    /** Stars given, of five per rating. */
    SATISFACTION {
        @Override
        long[] share(Evidence evidence) {
            Counts counts = evidence.counts();
            return new long[] {counts.stars(), 5 * counts.ratings()};
        }

        @Override
        long base(Evidence evidence) {
            return evidence.counts().ratings();
        }
    },
    /** Responded and never reopened, of all responded. */
    NOT_REOPENED {
        @Override
        long[] share(Evidence evidence) {
            Counts counts = evidence.counts();
            return new long[] {counts.responded() - counts.reopened(), counts.responded()};
        }
    },
    /** Responded and never appealed, of all responded. */
    NOT_APPEALED {
        @Override
        long[] share(Evidence evidence) {
            Counts counts = evidence.counts();
            return new long[] {counts.responded() - counts.appealed(), counts.responded()};
        }
    },
    /**
     * Complaints used to improve policy: follow-ups done in the period, two earning the whole share ({@code min(done,
     * 2) ÷ 2}); judged on every body with enough complaints received.
     */
    POLICY_USE {
        @Override
        long[] share(Evidence evidence) {
            return new long[] {Math.min(evidence.policyActions(), POLICY_ACTIONS_FOR_FULL_SHARE),
                    POLICY_ACTIONS_FOR_FULL_SHARE};
        }

        @Override
        long base(Evidence evidence) {
            return evidence.counts().received();
        }
    },
    /**
     * Leadership involvement: of two points a month with a summary sent to the head (acknowledged; acted in the portal
     * themselves), those earned; no head set: none of two. Judged on every body with enough complaints received.
     */
    LEADERSHIP {
        @Override
        long[] share(Evidence evidence) {
            return new long[] {evidence.leadershipPoints(), 2 * Math.max(evidence.leadershipMonths(), 1)};
        }

        @Override
        long base(Evidence evidence) {
            return evidence.counts().received();
        }
    };

    /** Policy follow-ups done in a period that earn the whole policy-use share. */
    public static final int POLICY_ACTIONS_FOR_FULL_SHARE = 2;

    /** The statistics' own minimum for a share. */
    public static final int MINIMUM_BASE = 10;

    /** {@code [numerator, denominator]}. */
    abstract long[] share(Evidence evidence);

    /** How many complaints (or ratings) the share rests on. */
    long base(Evidence evidence) {
        return share(evidence)[1];
    }

    /** The share as {@code [numerator, denominator]}, or empty when too few to judge. */
    public Optional<long[]> of(Evidence evidence) {
        return base(evidence) < MINIMUM_BASE ? Optional.empty() : Optional.of(share(evidence));
    }

    /** The share in percent, rounded half up to one decimal; null when too few to judge. */
    public java.math.BigDecimal percent(Evidence evidence) {
        return of(evidence).map(share -> java.math.BigDecimal.valueOf(share[0] * 100)
                .divide(java.math.BigDecimal.valueOf(share[1]), 1, java.math.RoundingMode.HALF_UP)).orElse(null);
    }

    /** The key used in stored weights and messages ({@code followUpInTime}). */
    public String key() {
        String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        Arrays.stream(words).skip(1).forEach(word -> key.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)));
        return key.toString();
    }

    public static Optional<Indicator> byKey(String key) {
        return Arrays.stream(values()).filter(indicator -> indicator.key().equals(key)).findFirst();
    }
}

package id.sp4n.portal.competition;

import java.util.Locale;

import id.sp4n.portal.evaluation.Indicator;

/**
 * The competition's five criteria (domain.md), equally weighted ({@value #WEIGHT} each; KemenPAN-RB does not publish
 * its weights, we publish ours). Three are measured by the portal from the ranking's indicators for the round's year
 * and cannot be edited; the entrant describes and rates the other two with evidence, and evaluators score them.
 */
public enum Criterion {
    LEADERSHIP(Indicator.LEADERSHIP),
    FOLLOW_UP(Indicator.FOLLOW_UP_IN_TIME),
    INFRASTRUCTURE(null),
    STAFF_COMPETENCE(null),
    POLICY_USE(Indicator.POLICY_USE);

    public static final int WEIGHT = 20;

    private final Indicator measuredBy;

    Criterion(Indicator measuredBy) {
        this.measuredBy = measuredBy;
    }

    /** The ranking indicator that measures it; null for one the evaluators score. */
    public Indicator measuredBy() {
        return measuredBy;
    }

    public boolean measured() {
        return measuredBy != null;
    }

    /** Its key in messages and forms ({@code staffCompetence}). */
    public String key() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}

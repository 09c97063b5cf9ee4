package id.sp4n.portal.evaluation;

import id.sp4n.portal.statistics.BodyFigures.Counts;

/**
 * What a body is judged on for a period: the statistics' counts of its subtree's public complaints, and
 * {@code policyActions} — the policy follow-ups its subtree completed in the period that cite at least
 * {@value #CITED_AT_LEAST} public complaints (the policy register, docs/0044); {@code leadershipMonths}, the months
 * of the period whose summary went to its head, and {@code leadershipPoints}, one for each acknowledged and one for
 * each in which the head acted in the portal themselves (docs/0046).
 */
public record Evidence(Counts counts, long policyActions, long leadershipPoints, long leadershipMonths) {

    /** A follow-up citing fewer complaints is not evidence that complaints were used. */
    public static final int CITED_AT_LEAST = 3;

    public static Evidence of(Counts counts) {
        return new Evidence(counts, 0, 0, 0);
    }
}

package id.sp4n.portal.notification;

/**
 * What a person is told. Messages {@code notice.<KIND>.subject} and {@code notice.<KIND>.body} (arguments: the
 * tracking number, an agency's name, for the policy notices the follow-up's title) exist in every language. Essential notices ask something of the reporter
 * or give them what they wait for; the others can be turned off.
 */
enum Notice {
    SUBMITTED(true), FORWARDED(false), FORWARDED_TO_NATIONAL_DESK(false), HELD(true), RESPONDED(true), ARCHIVED(true),
    ESCALATED(false), COMPLETED(false),
    REOPENED(true), REPLIED(true), WARNING(true), WARNING_TODAY(true), ESCALATED_TO_YOU(true),
    /** Staff: a complaint arrived for them to verify (routing, a forward, an appeal, a handover). */
    ARRIVED(false),
    /** Reporter: their complaint is cited by a policy follow-up, and later its action was done (docs/0044). */
    POLICY_LINKED(false), POLICY_ACTION_TAKEN(false),
    /** An agency head: the month's summary is ready to read and acknowledge (docs/0046). */
    LEADERSHIP_SUMMARY(true);

    private final boolean essential;

    Notice(boolean essential) {
        this.essential = essential;
    }

    boolean essential() {
        return essential;
    }
}

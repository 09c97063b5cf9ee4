package id.sp4n.portal.complaint;

/**
 * The time limits of domain.md ("Time limits"), in working days: the one statement of them, for the clocks that run
 * on every complaint and for the statistics that report whether they were met.
 */
public final class TimeLimits {

    public static final int VERIFICATION_DAYS = 3;
    public static final int FIRST_FOLLOW_UP_DAYS = 5;
    public static final int COMPLETION_DAYS = 14;
    public static final int SHORT_COMPLETION_DAYS = 5;
    public static final int MISCONDUCT_COMPLETION_DAYS = 60;
    public static final int AUTO_COMPLETION_DAYS = 10;
    public static final int REOPEN_DAYS = 10;
    public static final int OMBUDSMAN_DAYS = 60;

    private TimeLimits() {
    }

    /** Completion: 60 working days for misconduct, 14 for a complaint, 5 for an aspiration or information request. */
    public static int completionDays(ReportType type, boolean misconduct) {
        if (misconduct) {
            return MISCONDUCT_COMPLETION_DAYS;
        }
        return type == ReportType.PENGADUAN ? COMPLETION_DAYS : SHORT_COMPLETION_DAYS;
    }
}

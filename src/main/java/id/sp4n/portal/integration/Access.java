package id.sp4n.portal.integration;

/** What a connected system's keys may do inside its agency's subtree. */
public enum Access {
    /** Read complaints held in the subtree (and receive their webhooks). */
    READ,
    /** Also file complaints and act on the subtree's complaints as the agency. */
    WRITE
}

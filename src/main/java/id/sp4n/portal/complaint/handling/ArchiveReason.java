package id.sp4n.portal.complaint.handling;

/** Why a complaint was archived without being processed: the fixed list of domain.md. */
public enum ArchiveReason {
    /** Not a public-service matter. */
    NOT_PUBLIC_SERVICE,
    /** The same matter was reported before; linked to the original, whose progress the reporter follows. */
    DUPLICATE,
    /** The reporter did not supply the information asked for while the complaint was on hold. */
    INSUFFICIENT_INFORMATION,
    /** Spam or abuse. */
    SPAM_ABUSE
}

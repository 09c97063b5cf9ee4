package id.sp4n.portal.policy;

/** Where the action stands; its effect is measured from the day it was done. */
public enum FollowUpStatus {
    PLANNED, IN_PROGRESS, DONE
}

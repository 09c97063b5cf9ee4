package id.sp4n.portal.complaint;

/**
 * A signed-in citizen filed a complaint: they are told so (guests get {@link TrackingLinkIssued} instead, with
 * their private link). Only the number: the notification module looks the reporter up when it sends.
 */
public record ComplaintReceived(String trackingNumber) {
}

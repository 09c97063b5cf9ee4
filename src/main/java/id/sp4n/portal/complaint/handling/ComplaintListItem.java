package id.sp4n.portal.complaint.handling;

import java.time.Instant;

import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ReportType;

/** A line of a complaint list: what may be shown publicly, nothing about the reporter. */
public record ComplaintListItem(String trackingNumber, String title, String excerpt, ReportType type,
                                ComplaintStatus status, String categoryCode, String provinceCode,
                                String regencyCode, String currentAgencyCode, Instant submittedAt) {
}

package id.sp4n.portal.complaint;

/** What a citizen sends: a complaint, an aspiration (suggestion) or an information request. */
public enum ReportType {
    PENGADUAN, ASPIRASI, PERMINTAAN_INFORMASI
}

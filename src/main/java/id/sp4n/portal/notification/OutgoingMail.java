package id.sp4n.portal.notification;

/** One e-mail, in both forms every mail client can show. */
record OutgoingMail(String to, String subject, String textBody, String htmlBody) {
}

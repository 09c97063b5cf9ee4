package id.sp4n.portal.notification;

/**
 * One e-mail, in both forms every mail client can show. {@code identity} names what the mail is about (the same for
 * every retry of the same delivery, null when each sending is news): it becomes the Message-ID, so when a retry sends
 * a mail again — SMTP has no transactions, a crash between the server's acceptance and our commit repeats it — mail
 * programs show it once.
 */
record OutgoingMail(String to, String subject, String textBody, String htmlBody, String identity) {
}

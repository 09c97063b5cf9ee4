package id.sp4n.portal.notification;

/** Hands a mail to whatever delivers mail here; throws when it cannot, so the event is retried later. */
interface MailDelivery {

    void deliver(OutgoingMail mail);
}

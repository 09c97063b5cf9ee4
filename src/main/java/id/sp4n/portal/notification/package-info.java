/**
 * Messages to people, driven only by events of the other modules: e-mail through SMTP (or, on a local run
 * without SMTP, the development mailbox at /dev/mail) and the in-app notification centre. Delivery runs after the triggering transaction
 * committed and is retried from the event publication registry until it succeeds.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"agency", "complaint", "identity", "leadership", "policy", "shared"})
package id.sp4n.portal.notification;

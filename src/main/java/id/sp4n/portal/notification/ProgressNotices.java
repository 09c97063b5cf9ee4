package id.sp4n.portal.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import id.sp4n.portal.agency.AgencyDirectory;
import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyStaffing;
import id.sp4n.portal.agency.AgencySummary;
import id.sp4n.portal.agency.AgencyTree;
import id.sp4n.portal.complaint.ComplaintActedOn;
import id.sp4n.portal.complaint.ComplaintContacts;
import id.sp4n.portal.complaint.ComplaintHandedOver;
import id.sp4n.portal.complaint.ComplaintReceived;
import id.sp4n.portal.complaint.ComplaintRouted;
import id.sp4n.portal.complaint.DeadlineReached;
import id.sp4n.portal.complaint.ReporterActedOn;
import id.sp4n.portal.complaint.TrackingNumber;
import id.sp4n.portal.identity.MailPreferences;
import id.sp4n.portal.identity.StaffDirectory;
import id.sp4n.portal.leadership.LeadershipSummaryIssued;
import id.sp4n.portal.policy.PolicyActionTaken;
import id.sp4n.portal.policy.PolicyFollowUpLinked;
import id.sp4n.portal.shared.PortalAddress;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Tells reporters and staff what happened, by e-mail (HTML and text, in the recipient's language) and, for
 * people with an account, in the in-app notification centre. Runs from the event publication registry after
 * the change committed; a failure leaves the publication incomplete, so it is retried (and republished after
 * a restart). Each recipient's mail is recorded with the event's key in the same transaction as the sending, so
 * a retry skips the people it already reached.
 */
@Component
class ProgressNotices {

    private final ComplaintContacts contacts;
    private final StaffDirectory staff;
    private final MailPreferences preferences;
    private final AgencyDirectory agencies;
    private final AgencyHierarchy hierarchy;
    private final AgencyStaffing staffing;
    private final NotificationCentre centre;
    private final MailDelivery delivery;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final PortalAddress address;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ProgressNotices(ComplaintContacts contacts, StaffDirectory staff, MailPreferences preferences,
                    AgencyDirectory agencies, AgencyHierarchy hierarchy, AgencyStaffing staffing,
                    NotificationCentre centre, MailDelivery delivery, TemplateEngine templates,
                    MessageSource messages, PortalAddress address, JdbcClient jdbc,
                    PlatformTransactionManager transactions, Clock clock) {
        this.contacts = contacts;
        this.staff = staff;
        this.preferences = preferences;
        this.agencies = agencies;
        this.hierarchy = hierarchy;
        this.staffing = staffing;
        this.centre = centre;
        this.delivery = delivery;
        this.templates = templates;
        this.messages = messages;
        this.address = address;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A signed-in citizen filed: told in the centre and by mail, with the link to the tracking page. */
    @ApplicationModuleListener
    void on(ComplaintReceived received) {
        toReporter(received.trackingNumber(), Notice.SUBMITTED, null, key(received.trackingNumber(), "SUBMITTED",
                Instant.EPOCH));
    }

    /** Routing placed a new complaint: its holder's staff (or whoever works for it) are told it arrived. */
    @ApplicationModuleListener
    void on(ComplaintRouted routed) {
        toStaff(routed.trackingNumber(), Notice.ARRIVED, routed.agencyCode(), false,
                key(routed.trackingNumber(), "ARRIVED", routed.routedAt()));
    }

    /** The holding agency's unfinished complaints went to its successor (an agency was deactivated). */
    @ApplicationModuleListener
    void on(ComplaintHandedOver handedOver) {
        toStaff(handedOver.complaint().trackingNumber(), Notice.ARRIVED, handedOver.complaint().agencyCode(), false,
                key(handedOver.complaint().trackingNumber(), "HANDED_OVER", handedOver.at()));
    }

    @ApplicationModuleListener
    void on(ComplaintActedOn acted) {
        if (acted.moved() && !working(acted.agencyCode()).equals(working(acted.agencyBefore()))) {
            toStaff(acted.trackingNumber(), Notice.ARRIVED, acted.agencyCode(), false,
                    key(acted.trackingNumber(), "ARRIVED_" + acted.action().name(), acted.at()));
        }
        Notice notice = switch (acted.action()) {
            // After the last "bukan wewenang" the national desk decides: it is not the agency with authority.
            case VERIFY_AND_FORWARD, FORWARD -> hierarchy.tree().root().code().equals(acted.agencyCode())
                    ? Notice.FORWARDED_TO_NATIONAL_DESK : Notice.FORWARDED;
            case HOLD -> Notice.HELD;
            case RESPOND -> Notice.RESPONDED;
            case ARCHIVE -> Notice.ARCHIVED;
            case VERIFY, ASSIGN, ASSIGN_UNIT, NOTE -> null;
        };
        if (notice != null) {
            toReporter(acted.trackingNumber(), notice, acted.agencyCode(), key(acted.trackingNumber(), acted.action().name(),
                    acted.at()));
        }
    }

    @ApplicationModuleListener
    void on(ReporterActedOn acted) {
        Notice notice = switch (acted.action()) {
            case REOPEN, APPEAL -> Notice.REOPENED;
            case REPLY -> Notice.REPLIED;
            case ACCEPT, RATE, REFER_OMBUDSMAN -> null;
        };
        if (notice != null) {
            toStaff(acted.trackingNumber(), notice, acted.agencyCode(), false,
                    key(acted.trackingNumber(), acted.action().name(), acted.at()));
        }
    }

    @ApplicationModuleListener
    void on(DeadlineReached reached) {
        String key = key(reached.trackingNumber(), reached.kind().name() + reached.escalationLevel(), reached.at());
        switch (reached.kind()) {
            case WARNING -> toStaff(reached.trackingNumber(),
                    reached.workingDaysLeft() == 0 ? Notice.WARNING_TODAY : Notice.WARNING, reached.holderCode(),
                    false, key);
            case ESCALATION -> {
                toStaff(reached.trackingNumber(), Notice.ESCALATED_TO_YOU, reached.escalatedToCode(), true, key);
                toReporter(reached.trackingNumber(), Notice.ESCALATED, reached.escalatedToCode(), key);
            }
            case AUTO_COMPLETION -> toReporter(reached.trackingNumber(), Notice.COMPLETED, reached.holderCode(), key);
        }
    }

    /** A policy follow-up cited their complaints: each reporter is told, with the link to the public entry. */
    @ApplicationModuleListener
    void on(PolicyFollowUpLinked linked) {
        for (String number : linked.trackingNumbers()) {
            toReporter(number, Notice.POLICY_LINKED, linked.agencyCode(), linked.title(),
                    "/kebijakan/" + linked.followUpId(), key(number, "POLICY_LINKED_" + linked.followUpId(), linked.at()));
        }
    }

    @ApplicationModuleListener
    void on(PolicyActionTaken taken) {
        for (String number : taken.trackingNumbers()) {
            toReporter(number, Notice.POLICY_ACTION_TAKEN, taken.agencyCode(), taken.title(),
                    "/kebijakan/" + taken.followUpId(), key(number, "POLICY_DONE_" + taken.followUpId(), taken.at()));
        }
    }

    private static String key(String number, String what, Instant at) {
        return number + ":" + what + ":" + at.toEpochMilli();
    }

    private void toReporter(String number, Notice notice, String agencyCode, String eventKey) {
        toReporter(number, notice, agencyCode, null, "/lacak/" + number, eventKey);
    }

    /** {@code about}: a third message argument (a follow-up's title) or null; {@code path}: where the notice leads. */
    private void toReporter(String number, Notice notice, String agencyCode, String about, String path,
                            String eventKey) {
        contacts.reporterOf(number).ifPresent(reporter -> {
            String link = url(path);
            List<String> args = about == null ? List.of(new TrackingNumber(number).display(), agencyName(agencyCode))
                    : List.of(new TrackingNumber(number).display(), agencyName(agencyCode), about);
            if (reporter.accountId() != null) {
                centre.add(reporter.accountId(), notice, args, path, eventKey);
            }
            boolean wanted = notice.essential() || reporter.accountId() == null
                    || preferences.wantsProgressMail(reporter.accountId());
            if (reporter.email() != null && wanted) {
                mailOnce(eventKey, reporter.email(), notice, reporter.name(), args, link,
                        Locale.forLanguageTag(reporter.locale()), reporter.accountId() == null);
            }
        });
    }

    /**
     * Tells the staff who work the complaint for {@code agencyCode}: its own, or its nearest ancestor's with staff
     * when it has none. Mail that asks nothing of them follows their preference; the centre always has it.
     */
    private void toStaff(String number, Notice notice, String agencyCode, boolean adminsOnly, String eventKey) {
        if (agencyCode == null) {
            return;
        }
        List<String> args = List.of(new TrackingNumber(number).display(), agencyName(agencyCode));
        String path = "/petugas/laporan/" + number;
        for (StaffDirectory.Contact person : staff.contactsAt(working(agencyCode), adminsOnly)) {
            toPerson(person, notice, args, path, eventKey);
        }
    }

    /** One staff member: the centre always, mail when it asks something of them or they want progress mail. */
    private void toPerson(StaffDirectory.Contact person, Notice notice, List<String> args, String path,
                          String eventKey) {
        centre.add(person.accountId(), notice, args, path, eventKey);
        if (notice.essential() || preferences.wantsProgressMail(person.accountId())) {
            mailOnce(eventKey, person.email(), notice, person.name(), args, url(path),
                    Locale.forLanguageTag(person.locale()), false);
        }
    }

    /** A head's monthly summary is ready: the month in their language, the link to acknowledge it. */
    @ApplicationModuleListener
    void on(LeadershipSummaryIssued issued) {
        staff.contact(issued.headAccountId()).ifPresent(head -> {
            String month = issued.month().atDay(1).format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy",
                    Locale.forLanguageTag(head.locale())));
            toPerson(head, Notice.LEADERSHIP_SUMMARY, List.of(month, agencyName(issued.agencyCode())),
                    "/pimpinan/ringkasan/" + issued.summaryId(), "LEADERSHIP:" + issued.summaryId());
        });
    }

    private String working(String agencyCode) {
        AgencyTree tree = hierarchy.tree();
        return agencyCode == null || !tree.contains(agencyCode) ? String.valueOf(agencyCode)
                : tree.workingAgency(agencyCode, staffing.staffedAgencies());
    }

    private void mailOnce(String eventKey, String to, Notice notice, String name, List<String> args, String link,
                          Locale locale, boolean guest) {
        ownTransaction.executeWithoutResult(status -> {
            int fresh = jdbc.sql("""
                            insert into mail_sent (event_key, recipient, sent_at) values (:key, :to, :now)
                            on conflict do nothing""")
                    .param("key", eventKey).param("to", to.toLowerCase(Locale.ROOT))
                    .param("now", Timestamp.from(clock.instant())).update();
            if (fresh == 1) {
                delivery.deliver(compose(to, notice, name, args, link, locale, guest, eventKey + ":" + to));
            }
        });
    }

    private OutgoingMail compose(String to, Notice notice, String name, List<String> args, String link,
                                 Locale locale, boolean guest, String identity) {
        String greetingName = name == null ? messages.getMessage("mail.greeting.anonymous", null, locale) : name;
        Object[] arguments = args.toArray();
        String subject = messages.getMessage("notice." + notice.name() + ".subject", arguments, locale);
        String body = messages.getMessage("notice." + notice.name() + ".body", arguments, locale);
        String cta = messages.getMessage("notice.cta", null, locale);
        String guestHint = guest ? messages.getMessage("notice.guestHint", null, locale) : null;
        Context context = new Context(locale);
        context.setVariable("name", greetingName);
        context.setVariable("heading", subject);
        context.setVariable("body", body);
        context.setVariable("link", link);
        context.setVariable("cta", cta);
        context.setVariable("guestHint", guestHint);
        String text = messages.getMessage("mail.greeting", new Object[] {greetingName}, locale) + "\n\n" + body
                + "\n\n" + cta + ":\n" + link + "\n\n" + (guestHint == null ? "" : guestHint + "\n\n")
                + messages.getMessage("mail.signature", null, locale);
        return new OutgoingMail(to, subject, text, templates.process("mail/notice", context), identity);
    }

    private String agencyName(String code) {
        return code == null ? "" : agencies.find(code).map(AgencySummary::name).orElse(code);
    }

    private String url(String path) {
        return address.publicUrl() + path;
    }
}

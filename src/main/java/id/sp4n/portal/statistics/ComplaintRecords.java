package id.sp4n.portal.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.sp4n.portal.complaint.ComplaintActedOn;
import id.sp4n.portal.complaint.ComplaintFacts;
import id.sp4n.portal.complaint.ComplaintHandedOver;
import id.sp4n.portal.complaint.ComplaintRouted;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import id.sp4n.portal.complaint.DeadlineReached;
import id.sp4n.portal.complaint.ReporterActedOn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code stat_complaint} from the complaint events, for the live feed and the rebuild alike. Every event is
 * applied so that order and repetition do not matter: the listeners run in parallel and are retried, so a
 * complaint's events may arrive late, twice, or before the one that created it. Hence: rows are upserted by whichever
 * event comes first; the holder and state move only to a newer event's ({@code state_at}); "first" instants are kept
 * once set; counters move only for an event key not applied before ({@code stat_applied_event}, in the same
 * transaction).
 */
@Component
class ComplaintRecords {

    /** The events kept, by the name the event log stores them under. */
    static final Map<String, Class<?>> KINDS = Stream.of(ComplaintSubmitted.class, ComplaintRouted.class,
                    ComplaintActedOn.class, ReporterActedOn.class, ComplaintHandedOver.class, DeadlineReached.class)
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, type -> type));

    private final JdbcClient jdbc;
    private final Rollup rollup;
    private final TransactionTemplate transaction;

    ComplaintRecords(JdbcClient jdbc, Rollup rollup, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.rollup = rollup;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Applies events to the record and keeps the roll-up in step: it changes by the difference between what the
     * complaints they touch counted before and what they count after. One transaction, under the batch lock.
     */
    void applyAll(List<?> events) {
        Set<String> numbers = events.stream().map(ComplaintRecords::trackingNumber)
                .collect(Collectors.toCollection(TreeSet::new));
        transaction.executeWithoutResult(tx -> {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", PendingEvents.LOCK).query().singleRow();
            rollup.prepare();
            if (!numbers.isEmpty()) {
                rollup.beforeEvents(numbers);
                applyTogether(events);
                rollup.afterEvents(numbers);
            }
        });
    }

    /**
     * Applies a batch with the filings and the routings written together, one statement per kind and round (the
     * n-th event of each complaint in round n, so one complaint's events of a kind keep their order), then the
     * rest one by one in log order: the record is the same in any order (the class comment), and a filing's two
     * events cost two statements for the whole batch instead of two each (docs/benchmarks.md).
     */
    private void applyTogether(List<?> events) {
        List<?> rest = withNewFilingsRouted(events);
        rounds(rest, ComplaintSubmitted.class, ComplaintSubmitted::trackingNumber).forEach(this::onSubmitted);
        rounds(rest, ComplaintRouted.class, ComplaintRouted::trackingNumber).forEach(this::onRouted);
        rest.stream().filter(event -> !(event instanceof ComplaintSubmitted || event instanceof ComplaintRouted))
                .forEach(this::apply);
    }

    /**
     * The usual case first: a complaint filed and routed within the batch and not in the record yet is written once,
     * as the filing and then its routing would leave it, instead of inserted and then updated (the update cost as
     * much as the insert). Returns the events still to apply: all but those, and both events of any such complaint
     * the record already had.
     */
    private List<?> withNewFilingsRouted(List<?> events) {
        Map<String, ComplaintSubmitted> filed = new HashMap<>();
        Map<String, ComplaintRouted> routed = new HashMap<>();
        for (Object event : events) {
            if (event instanceof ComplaintSubmitted submitted) {
                filed.putIfAbsent(submitted.trackingNumber(), submitted);
            } else if (event instanceof ComplaintRouted routing) {
                routed.putIfAbsent(routing.trackingNumber(), routing);
            }
        }
        List<ComplaintSubmitted> pairs = filed.values().stream().filter(f -> routed.containsKey(f.trackingNumber()))
                .sorted(java.util.Comparator.comparing(ComplaintSubmitted::trackingNumber)).toList();
        if (pairs.isEmpty()) {
            return events;
        }
        Function<ComplaintSubmitted, ComplaintRouted> routing = f -> routed.get(f.trackingNumber());
        Set<String> written = new java.util.HashSet<>(jdbc.sql("""
                        insert into stat_complaint (tracking_number, type, category_code, province_code, regency_code,
                                                    door_agency_code, channel, status, confidential, submitted_at,
                                                    state_at, agency_code, routed_at, routing_hops, routed_away,
                                                    limit_started_on, limit_due_on)
                        select number, type, category, province, regency, door, channel, 'SUBMITTED', confidential, at,
                               greatest(at, routed), case when at <= routed then agency end, routed, hops, away,
                               case when at <= routed then started end, case when at <= routed then due end
                          from unnest(:numbers::varchar[], :types::varchar[], :categories::varchar[],
                                      :provinces::varchar[], :regencies::varchar[], :doors::varchar[],
                                      :channels::varchar[], :confidentials::boolean[], :ats::timestamptz[],
                                      :agencies::varchar[], :routeds::timestamptz[], :hops::int[], :aways::boolean[],
                                      :starts::date[], :dues::date[])
                               as pair(number, type, category, province, regency, door, channel, confidential, at,
                                       agency, routed, hops, away, started, due)
                        on conflict (tracking_number) do nothing
                        returning tracking_number""")
                .param("numbers", column(pairs, ComplaintSubmitted::trackingNumber))
                .param("types", column(pairs, f -> f.type().name()))
                .param("categories", column(pairs, ComplaintSubmitted::categoryCode))
                .param("provinces", column(pairs, ComplaintSubmitted::provinceCode))
                .param("regencies", column(pairs, ComplaintSubmitted::regencyCode))
                .param("doors", column(pairs, ComplaintSubmitted::doorAgencyCode))
                .param("channels", column(pairs, f -> f.channel().name()))
                .param("confidentials", column(pairs, f -> String.valueOf(f.confidential())))
                .param("ats", column(pairs, f -> f.submittedAt().toString()))
                .param("agencies", column(pairs, f -> routing.apply(f).agencyCode()))
                .param("routeds", column(pairs, f -> routing.apply(f).routedAt().toString()))
                .param("hops", column(pairs, f -> String.valueOf(routing.apply(f).hops())))
                .param("aways", column(pairs, f -> String.valueOf(
                        awayFromDoor(routing.apply(f).doorAgencyCode(), routing.apply(f).agencyCode()))))
                .param("starts", column(pairs, f -> routing.apply(f).limit() == null ? null
                        : routing.apply(f).limit().startedOn().toString()))
                .param("dues", column(pairs, f -> routing.apply(f).limit() == null ? null
                        : routing.apply(f).limit().dueOn().toString()))
                .query(String.class).list());
        return events.stream().filter(event -> !(written.contains(trackingNumber(event))
                && (event == filed.get(trackingNumber(event)) || event == routed.get(trackingNumber(event))))).toList();
    }

    private static <E> List<List<E>> rounds(List<?> events, Class<E> kind, Function<E, String> complaint) {
        List<List<E>> rounds = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Object event : events) {
            if (kind.isInstance(event)) {
                E typed = kind.cast(event);
                int round = seen.merge(complaint.apply(typed), 1, Integer::sum) - 1;
                if (round == rounds.size()) {
                    rounds.add(new ArrayList<>());
                }
                rounds.get(round).add(typed);
            }
        }
        return rounds;
    }

    /** Which complaint an event is about. */
    static String trackingNumber(Object event) {
        return switch (event) {
            case ComplaintSubmitted submitted -> submitted.trackingNumber();
            case ComplaintRouted routed -> routed.trackingNumber();
            case ComplaintActedOn acted -> acted.complaint().trackingNumber();
            case ReporterActedOn acted -> acted.complaint().trackingNumber();
            case ComplaintHandedOver handedOver -> handedOver.complaint().trackingNumber();
            case DeadlineReached reached -> reached.complaint().trackingNumber();
            default -> throw new IllegalArgumentException("not a complaint event: " + event.getClass().getName());
        };
    }

    /** Applies one event to the record alone (a rebuild builds the roll-up after the whole history). */
    void apply(Object event) {
        switch (event) {
            case ComplaintSubmitted submitted -> onSubmitted(List.of(submitted));
            case ComplaintRouted routed -> onRouted(List.of(routed));
            case ComplaintActedOn acted -> on(acted);
            case ReporterActedOn acted -> on(acted);
            case ComplaintHandedOver handedOver -> keep(handedOver.complaint(), handedOver.at());
            case DeadlineReached reached -> {
                keep(reached.complaint(), reached.at());
                // Only an automatic completion changes the state; before it, the complaint waited as responded.
                afterState(reached.complaint(), reached.kind() == DeadlineReached.Kind.AUTO_COMPLETION
                        ? ComplaintStatus.RESPONDED : reached.complaint().status(), reached.at());
            }
            default -> throw new IllegalArgumentException("not a complaint event: " + event.getClass().getName());
        }
    }

    /** Filings of distinct complaints, in one statement. */
    private void onSubmitted(List<ComplaintSubmitted> filings) {
        jdbc.sql("""
                        insert into stat_complaint (tracking_number, type, category_code, province_code, regency_code,
                                                    door_agency_code, channel, status, confidential, submitted_at, state_at)
                        select number, type, category, province, regency, door, channel, 'SUBMITTED', confidential,
                               at, at
                          from unnest(:numbers::varchar[], :types::varchar[], :categories::varchar[],
                                      :provinces::varchar[], :regencies::varchar[], :doors::varchar[],
                                      :channels::varchar[], :confidentials::boolean[], :ats::timestamptz[])
                               as filing(number, type, category, province, regency, door, channel, confidential, at)
                        on conflict (tracking_number) do update
                           set type = coalesce(stat_complaint.type, excluded.type),
                               category_code = coalesce(stat_complaint.category_code, excluded.category_code),
                               province_code = coalesce(stat_complaint.province_code, excluded.province_code),
                               regency_code = coalesce(stat_complaint.regency_code, excluded.regency_code),
                               channel = coalesce(stat_complaint.channel, excluded.channel),
                               status = coalesce(stat_complaint.status, excluded.status),
                               confidential = coalesce(stat_complaint.confidential, excluded.confidential),
                               submitted_at = excluded.submitted_at""")
                .param("numbers", column(filings, ComplaintSubmitted::trackingNumber))
                .param("types", column(filings, filing -> filing.type().name()))
                .param("categories", column(filings, ComplaintSubmitted::categoryCode))
                .param("provinces", column(filings, ComplaintSubmitted::provinceCode))
                .param("regencies", column(filings, ComplaintSubmitted::regencyCode))
                .param("doors", column(filings, ComplaintSubmitted::doorAgencyCode))
                .param("channels", column(filings, filing -> filing.channel().name()))
                .param("confidentials", column(filings, filing -> String.valueOf(filing.confidential())))
                .param("ats", column(filings, filing -> filing.submittedAt().toString()))
                .update();
    }

    /** Routings of distinct complaints, in one statement. */
    private void onRouted(List<ComplaintRouted> routings) {
        jdbc.sql("""
                        insert into stat_complaint (tracking_number, door_agency_code, agency_code, state_at, routed_at,
                                                    routing_hops, routed_away, limit_started_on, limit_due_on)
                        select number, door, agency, at, at, hops, away, started, due
                          from unnest(:numbers::varchar[], :doors::varchar[], :agencies::varchar[],
                                      :ats::timestamptz[], :hops::int[], :aways::boolean[], :starts::date[],
                                      :dues::date[])
                               as routing(number, door, agency, at, hops, away, started, due)
                        on conflict (tracking_number) do update
                           set agency_code = case when stat_complaint.state_at <= excluded.state_at
                                                  then excluded.agency_code else stat_complaint.agency_code end,
                               limit_started_on = case when stat_complaint.state_at <= excluded.state_at
                                                       then excluded.limit_started_on
                                                       else stat_complaint.limit_started_on end,
                               limit_due_on = case when stat_complaint.state_at <= excluded.state_at
                                                   then excluded.limit_due_on else stat_complaint.limit_due_on end,
                               state_at = greatest(stat_complaint.state_at, excluded.state_at),
                               routed_at = coalesce(stat_complaint.routed_at, excluded.routed_at),
                               routing_hops = coalesce(stat_complaint.routing_hops, excluded.routing_hops),
                               routed_away = stat_complaint.routed_away or excluded.routed_away""")
                .param("numbers", column(routings, ComplaintRouted::trackingNumber))
                .param("doors", column(routings, ComplaintRouted::doorAgencyCode))
                .param("agencies", column(routings, ComplaintRouted::agencyCode))
                .param("ats", column(routings, routing -> routing.routedAt().toString()))
                .param("hops", column(routings, routing -> String.valueOf(routing.hops())))
                .param("aways", column(routings, routing ->
                        String.valueOf(awayFromDoor(routing.doorAgencyCode(), routing.agencyCode()))))
                .param("starts", column(routings, routing ->
                        routing.limit() == null ? null : routing.limit().startedOn().toString()))
                .param("dues", column(routings, routing ->
                        routing.limit() == null ? null : routing.limit().dueOn().toString()))
                .update();
    }

    /** One column of a multi-row statement, as text the statement casts (nulls stay null). */
    private static <E> String[] column(List<E> rows, Function<E, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    private void on(ComplaintActedOn acted) {
        ComplaintFacts facts = acted.complaint();
        boolean firstTime = applyOnce(facts.trackingNumber() + "/" + acted.action() + "/" + acted.at());
        keep(facts, acted.at());
        switch (acted.action()) {
            case VERIFY -> first(facts, "verified", acted.at());
            case VERIFY_AND_FORWARD -> {
                first(facts, "verified", acted.at());
                countForward(facts, firstTime);
            }
            case FORWARD -> countForward(facts, firstTime);
            case RESPOND -> first(facts, "responded", acted.at());
            case ARCHIVE -> jdbc.sql("""
                            update stat_complaint set archived_at = coalesce(archived_at, :at),
                                                      archive_reason = coalesce(archive_reason, :reason)
                             where tracking_number = :number""")
                    .param("at", Timestamp.from(acted.at())).param("reason", facts.archiveReason())
                    .param("number", facts.trackingNumber()).update();
            case HOLD, ASSIGN, ASSIGN_UNIT, NOTE -> { }
        }
        afterState(facts, acted.statusBefore(), acted.at());
    }

    private void on(ReporterActedOn acted) {
        ComplaintFacts facts = acted.complaint();
        keep(facts, acted.at());
        // Each change sets a value, so a repeated delivery leaves the row as it was: no applied-event key needed.
        String change = switch (acted.action()) {
            case ACCEPT -> "accepted = true";
            case RATE -> "rating = :stars";
            case REOPEN -> "accepted = false";
            case APPEAL -> "appealed = true, accepted = false";
            case REFER_OMBUDSMAN -> "ombudsman_referred = true";
            case REPLY -> null;
        };
        if (change != null) {
            jdbc.sql("update stat_complaint set " + change + " where tracking_number = :number")
                    .param("number", facts.trackingNumber()).param("stars", acted.stars()).update();
        }
        afterState(facts, acted.statusBefore(), acted.at());
    }

    /** Whether routing carried it beyond the door it came in by and the door's own units ("wrong door"). */
    static boolean awayFromDoor(String door, String holder) {
        return !holder.equals(door) && !holder.startsWith(door + "/");
    }

    /** True the first time this event is applied; later deliveries of it move no counter. */
    private boolean applyOnce(String eventKey) {
        return jdbc.sql("insert into stat_applied_event (event_key) values (:key) on conflict do nothing")
                .param("key", eventKey).update() == 1;
    }

    /** The complaint as the event saw it: classification always, holder and state only if the event is newer. */
    private void keep(ComplaintFacts facts, Instant at) {
        jdbc.sql("""
                        insert into stat_complaint (tracking_number, type, category_code, province_code, regency_code,
                                                    door_agency_code, channel, agency_code, status, confidential,
                                                    misconduct, submitted_at, state_at, escalation_level, reopen_count,
                                                    limit_started_on, limit_due_on, assignee_account_id)
                        values (:number, :type, :category, :province, :regency, :door, :channel, :agency, :status,
                                :confidential, :misconduct, :submitted, :at, :escalation, :reopens, :started, :due,
                                :assignee)
                        on conflict (tracking_number) do update
                           set type = excluded.type,
                               category_code = excluded.category_code,
                               province_code = excluded.province_code,
                               regency_code = excluded.regency_code,
                               channel = excluded.channel,
                               submitted_at = excluded.submitted_at,
                               agency_code = case when stat_complaint.state_at <= excluded.state_at
                                                  then excluded.agency_code else stat_complaint.agency_code end,
                               status = case when stat_complaint.state_at <= excluded.state_at
                                             then excluded.status else stat_complaint.status end,
                               confidential = case when stat_complaint.state_at <= excluded.state_at
                                                   then excluded.confidential else stat_complaint.confidential end,
                               misconduct = case when stat_complaint.state_at <= excluded.state_at
                                                 then excluded.misconduct else stat_complaint.misconduct end,
                               limit_started_on = case when stat_complaint.state_at <= excluded.state_at
                                                       then excluded.limit_started_on
                                                       else stat_complaint.limit_started_on end,
                               limit_due_on = case when stat_complaint.state_at <= excluded.state_at
                                                   then excluded.limit_due_on else stat_complaint.limit_due_on end,
                               assignee_account_id = case when stat_complaint.state_at <= excluded.state_at
                                                          then excluded.assignee_account_id
                                                          else stat_complaint.assignee_account_id end,
                               state_at = greatest(stat_complaint.state_at, excluded.state_at),
                               escalation_level = greatest(stat_complaint.escalation_level, excluded.escalation_level),
                               reopen_count = greatest(stat_complaint.reopen_count, excluded.reopen_count)""")
                .param("number", facts.trackingNumber()).param("type", facts.type().name())
                .param("category", facts.categoryCode()).param("province", facts.provinceCode())
                .param("regency", facts.regencyCode()).param("door", facts.doorAgencyCode())
                .param("channel", facts.channel().name()).param("agency", facts.agencyCode())
                .param("status", facts.status().name()).param("confidential", facts.confidential())
                .param("misconduct", facts.misconduct()).param("submitted", Timestamp.from(facts.submittedAt()))
                .param("at", Timestamp.from(at)).param("escalation", facts.escalationLevel())
                .param("reopens", facts.reopenCount())
                .param("started", facts.limit() == null ? null : facts.limit().startedOn())
                .param("due", facts.limit() == null ? null : facts.limit().dueOn())
                .param("assignee", facts.assigneeAccountId())
                .update();
    }

    /**
     * The first follow-up and the (latest) completion, read from the state the event left: a completion is the step
     * into "selesai", not a later event about a completed complaint (a rating).
     */
    private void afterState(ComplaintFacts facts, ComplaintStatus before, Instant at) {
        if (facts.status() == ComplaintStatus.IN_PROGRESS || facts.status() == ComplaintStatus.RESPONDED) {
            first(facts, "first_follow_up", at);
        }
        if (facts.status() == ComplaintStatus.COMPLETED && before != ComplaintStatus.COMPLETED) {
            jdbc.sql("""
                            update stat_complaint set completed_at = :at, completed_days = :days
                             where tracking_number = :number and (completed_at is null or completed_at < :at)""")
                    .param("at", Timestamp.from(at)).param("days", facts.workingDaysSinceSubmission())
                    .param("number", facts.trackingNumber()).update();
        }
    }

    /** Sets {@code <name>_at} and {@code <name>_days} unless an earlier event already did. */
    private void first(ComplaintFacts facts, String name, Instant at) {
        jdbc.sql("update stat_complaint set " + name + "_at = :at, " + name + "_days = :days"
                        + " where tracking_number = :number and (" + name + "_at is null or " + name + "_at > :at)")
                .param("at", Timestamp.from(at)).param("days", facts.workingDaysSinceSubmission())
                .param("number", facts.trackingNumber()).update();
    }

    private void countForward(ComplaintFacts facts, boolean firstTime) {
        if (firstTime) {
            jdbc.sql("update stat_complaint set officer_forwards = officer_forwards + 1 where tracking_number = :number")
                    .param("number", facts.trackingNumber()).update();
        }
    }
}

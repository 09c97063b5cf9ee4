package id.sp4n.portal.complaint;

import java.time.LocalDate;

/**
 * The time limit the holder is working against now (verification or first follow-up, or completion when that comes
 * first): the day its clock started and the day it is due, both in the holder's calendar. Time on hold is already
 * added to {@code dueOn}. None while on hold, after a response and once closed.
 */
public record RunningLimit(LocalDate startedOn, LocalDate dueOn) {
}

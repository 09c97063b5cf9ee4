package id.sp4n.portal.complaint.handling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A time limit that moved because the holidays changed: which clock ({@code due_on}, the holder's next limit, or
 * {@code completion_due_on}), from and to which day. Stored on the complaint's record as the body of a
 * {@code DEADLINE_MOVED} entry, one shift per {@code ;}, so that pages word it in the reader's language.
 */
public record DeadlineShift(String clock, LocalDate from, LocalDate to) {

    static final String DUE = "due_on";
    static final String COMPLETION = "completion_due_on";

    /** The shifts between two sets of limits, encoded for the record; null when no limit moved. */
    static String between(LocalDate dueBefore, LocalDate dueAfter, LocalDate completionBefore,
                          LocalDate completionAfter) {
        List<String> moved = new ArrayList<>();
        if (dueBefore != null && dueAfter != null && !Objects.equals(dueBefore, dueAfter)) {
            moved.add(DUE + " " + dueBefore + " " + dueAfter);
        }
        if (completionBefore != null && completionAfter != null && !Objects.equals(completionBefore, completionAfter)) {
            moved.add(COMPLETION + " " + completionBefore + " " + completionAfter);
        }
        return moved.isEmpty() ? null : String.join(";", moved);
    }

    /** The shifts of a recorded entry's body (empty for any other body). */
    public static List<DeadlineShift> parse(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        List<DeadlineShift> shifts = new ArrayList<>();
        for (String part : body.split(";")) {
            String[] words = part.strip().split(" ");
            if (words.length == 3) {
                shifts.add(new DeadlineShift(words[0], LocalDate.parse(words[1]), LocalDate.parse(words[2])));
            }
        }
        return shifts;
    }
}

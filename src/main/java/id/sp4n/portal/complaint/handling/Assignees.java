package id.sp4n.portal.complaint.handling;

import java.util.List;

/** Whom the holder of a complaint can give it to: one of its officers, or one of its units. */
public record Assignees(List<Officer> officers, List<Unit> units) {

    public record Officer(long accountId, String name) {
    }

    public record Unit(String code, String name) {
    }
}

package id.sp4n.portal.complaint;

import java.util.List;

/**
 * One hand-off to record on a complaint's trail. The reason is a message key with arguments, rendered in the
 * reader's language; an argument written {@code agency:CODE}, {@code category:CODE}, {@code region:CODE} or
 * {@code tier:TIER} is shown as that thing's name.
 */
public record HopRecord(String fromAgencyCode, String toAgencyCode, ActorKind actorKind, Long actorAccountId,
                        String rule, String reasonCode, List<String> reasonArgs) {

    public enum ActorKind {
        SYSTEM, STAFF, CITIZEN
    }

    public HopRecord {
        reasonArgs = List.copyOf(reasonArgs);
    }

    public static HopRecord bySystem(String from, String to, String rule, String reasonCode, List<String> args) {
        return new HopRecord(from, to, ActorKind.SYSTEM, null, rule, reasonCode, args);
    }
}

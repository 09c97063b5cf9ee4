package id.sp4n.portal.routing;

import java.util.List;

/** An uploaded rules file with problems: every problem with its line number; nothing was imported. */
public class RuleImportRejected extends RuntimeException {

    /** One problem: the file's line, and a message key with arguments. */
    public record Problem(int line, String messageCode, Object[] arguments) {
    }

    private final List<Problem> problems;

    RuleImportRejected(List<Problem> problems) {
        super(problems.size() + " problems in the rules file");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

package id.sp4n.portal.shared;

import java.util.List;

/** An uploaded CSV file with problems: every problem with its line number; nothing was imported. */
public class CsvImportRejected extends RuntimeException {

    /** One problem: the file's line, and a message key with arguments. */
    public record Problem(int line, String messageCode, Object[] arguments) {
    }

    private final List<Problem> problems;

    public CsvImportRejected(List<Problem> problems) {
        super(problems.size() + " problems in the uploaded file");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

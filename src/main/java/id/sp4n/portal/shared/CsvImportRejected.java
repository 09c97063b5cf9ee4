package id.sp4n.portal.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

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

    /** Every problem as "Baris N: …" in the reader's language, for the page that asked for the import. */
    public List<String> describe(MessageSource messages, Locale locale) {
        return problems.stream().map(p -> messages.getMessage("rules.import.line", new Object[] {p.line(),
                messages.getMessage(p.messageCode(), p.arguments(), locale)}, locale)).toList();
    }
}

package id.sp4n.portal.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * CSV files as the portal reads and writes them (RFC 4180 through Apache Commons CSV: a header row, fields quoted when
 * they hold a comma, a quote or a line break). Rows come back as maps from column name to value.
 * <p>
 * Written cells are neutralised against formula injection: a value a spreadsheet would run as a formula (starting
 * with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, which spreadsheets show as text. Reading
 * removes exactly that apostrophe again, so an exported file imports back unchanged.
 */
public final class CsvFile {

    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvFile() {
    }

    public static List<Map<String, String>> readClasspath(String path) {
        try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            return lines(reader).stream().map(Line::fields).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** One data record of an uploaded file, with the line of the file it ends on (the header is line 1). */
    public record Line(int number, Map<String, String> fields) {
    }

    /** The header's column names, or an empty list for an empty text. */
    public static List<String> header(String text) {
        try (CSVParser parser = READ.parse(new StringReader(text))) {
            var records = parser.iterator();
            return records.hasNext() ? records.next().stream().map(String::strip).toList() : List.of();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of();
        }
    }

    /**
     * The data records of an uploaded text, with their line numbers (blank lines are skipped). A text CSV cannot read
     * (an unclosed quote) is refused as a whole, with the line where reading stopped.
     */
    public static List<Line> lines(String text) {
        try {
            return lines(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Line> lines(Reader reader) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = READ.parse(reader)) {
            List<String> header = null;
            try {
                for (CSVRecord record : parser) {
                    if (header == null) {
                        header = record.stream().map(String::strip).toList();
                        continue;
                    }
                    Map<String, String> row = new HashMap<>();
                    for (int f = 0; f < header.size(); f++) {
                        row.put(header.get(f), f < record.size() ? readable(record.get(f).strip()) : "");
                    }
                    lines.add(new Line((int) parser.getCurrentLineNumber(), row));
                }
            } catch (UncheckedIOException | IllegalStateException unreadable) {
                throw new CsvImportRejected(List.of(new CsvImportRejected.Problem(
                        (int) parser.getCurrentLineNumber() + 1, "csv.error.unreadable", new Object[0])));
            }
        }
        return lines;
    }

    /** One written record, its cells quoted where needed and neutralised against formulas, ending in a line break. */
    public static String row(String... values) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = neutralised(values[i]);
        }
        return WRITE.format(cells) + "\n";
    }

    static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return startsLikeAFormula(value) ? "'" + value : value;
    }

    private static String readable(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && startsLikeAFormula(value.substring(1))
                ? value.substring(1) : value;
    }

    private static boolean startsLikeAFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}

package id.sp4n.portal.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the small RFC 4180 CSV files of the reference data (header row, quoted fields with commas).
 * Each row comes back as a map from column name to value.
 */
public final class CsvFile {

    private CsvFile() {
    }

    public static List<Map<String, String>> readClasspath(String path) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().filter(line -> !line.isBlank()).toList();
            return parse(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** One data line of an uploaded file, with its line number in the file (the header is line 1). */
    public record Line(int number, Map<String, String> fields) {
    }

    /** The header's column names, or an empty list for an empty text. */
    public static List<String> header(String text) {
        return text.lines().filter(line -> !line.isBlank()).findFirst().map(CsvFile::splitLine)
                .map(fields -> fields.stream().map(String::strip).toList()).orElse(List.of());
    }

    /** The data lines of an uploaded text, keeping their line numbers (blank lines are skipped). */
    public static List<Line> lines(String text) {
        List<String> all = text.lines().toList();
        List<String> header = header(text);
        List<Line> lines = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).isBlank()) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                continue;
            }
            List<String> fields = splitLine(all.get(i));
            Map<String, String> row = new HashMap<>();
            for (int f = 0; f < header.size(); f++) {
                row.put(header.get(f), f < fields.size() ? fields.get(f).strip() : "");
            }
            lines.add(new Line(i + 1, row));
        }
        return lines;
    }

    /** A field for writing: quoted when it holds a comma, a quote or a line break. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static List<Map<String, String>> parse(List<String> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> header = splitLine(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>(lines.size() - 1);
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = splitLine(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    static List<String> splitLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}

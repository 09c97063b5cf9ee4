package id.sp4n.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Every message a template asks for exists in both languages, so that no page ever shows {@code ??key_id??}. Static
 * keys ({@code #{inbox.title}}) are looked up as they are; a key built from an enum ({@code #{'status.' + ${s}}})
 * must exist for every constant of that enum; any other built key needs at least one key with its prefix.
 */
class TemplateMessageKeysTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)\\s*[}(]");
    private static final Pattern BUILT_KEY = Pattern.compile("#\\{'([A-Za-z][A-Za-z0-9_.-]*\\.)'\\s*\\+");

    /** Prefixes whose suffix is an enum constant, and the enum (by name: some are package-private). */
    private static final Map<String, String> ENUM_PREFIXES = Map.ofEntries(
            Map.entry("status.", "id.sp4n.portal.complaint.ComplaintStatus"),
            Map.entry("report.type.", "id.sp4n.portal.complaint.ReportType"),
            Map.entry("archive.reason.", "id.sp4n.portal.complaint.handling.ArchiveReason"),
            Map.entry("queue.title.", "id.sp4n.portal.complaint.inbox.InboxQuery$Queue"),
            Map.entry("inbox.scope.", "id.sp4n.portal.complaint.handling.Staff$Scope"),
            Map.entry("case.entry.", "id.sp4n.portal.complaint.handling.ComplaintEntry$Kind"),
            Map.entry("message.kind.", "id.sp4n.portal.complaint.handling.ComplaintEntry$Kind"),
            Map.entry("agency.tier.", "id.sp4n.portal.agency.AgencyTier"),
            Map.entry("authority.tier.", "id.sp4n.portal.category.AuthorityTier"),
            Map.entry("role.", "id.sp4n.portal.identity.Role"));

    @Test
    void shouldFindEveryTemplateMessageInBothLanguages() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties messages = load(file);
            for (Path template : templates()) {
                String html = Files.readString(template);
                for (String key : matches(STATIC_KEY, html)) {
                    if (!messages.containsKey(key)) {
                        missing.add(file + ": " + key + " (" + TEMPLATES.relativize(template) + ")");
                    }
                }
                for (String prefix : matches(BUILT_KEY, html)) {
                    missing.addAll(missingForPrefix(messages, prefix).stream()
                            .map(key -> file + ": " + key + " (" + TEMPLATES.relativize(template) + ")").toList());
                }
            }
        }
        assertThat(missing).as("message keys used by templates but missing").isEmpty();
    }

    @Test
    void shouldNoticeAMissingKey() {
        Properties messages = new Properties();
        messages.setProperty("status.SUBMITTED", "Diterima");
        assertThat(missingForPrefix(messages, "status.")).contains("status.COMPLETED");
        assertThat(matches(STATIC_KEY, "<th th:text=\"#{intake.field.type}\">")).containsExactly("intake.field.type");
        assertThat(matches(BUILT_KEY, "th:text=\"#{'status.' + ${c.status()}}\"")).containsExactly("status.");
    }

    private static List<String> missingForPrefix(Properties messages, String prefix) {
        String enumName = ENUM_PREFIXES.get(prefix);
        if (enumName == null) {
            boolean any = messages.stringPropertyNames().stream().anyMatch(key -> key.startsWith(prefix));
            return any ? List.of() : List.of(prefix + "*");
        }
        List<String> missing = new ArrayList<>();
        try {
            for (Object constant : Class.forName(enumName).getEnumConstants()) {
                String key = prefix + ((Enum<?>) constant).name();
                if (!messages.containsKey(key)) {
                    missing.add(key);
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The enum behind " + prefix + " moved: " + enumName, e);
        }
        return missing;
    }

    private static TreeSet<String> matches(Pattern pattern, String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

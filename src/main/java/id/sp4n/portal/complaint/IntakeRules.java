package id.sp4n.portal.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.agency.AgencyTree;
import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.complaint.handling.AccessKey;
import id.sp4n.portal.complaint.handling.AttachmentInspector;
import id.sp4n.portal.complaint.handling.Reporter;
import id.sp4n.portal.complaint.handling.SubmitComplaint;
import id.sp4n.portal.region.Region;
import id.sp4n.portal.region.RegionDirectory;
import id.sp4n.portal.region.RegionLevel;
import id.sp4n.portal.shared.EmailAddress;
import org.springframework.stereotype.Service;

/**
 * The intake contract, one rule set for every channel (the form, the JSON API, Open311, connected systems): checks a
 * {@link ComplaintDraft} and either accepts it as a {@link NewComplaint} or names every broken rule on the field it
 * concerns, with a message key. Nothing is stored unless the whole draft is valid; {@link #file} then stores it
 * through {@link SubmitComplaint} (one complaint per idempotency key).
 */
@Service
public class IntakeRules {

    public static final int TITLE_MIN = 10;
    public static final int TITLE_MAX = 150;
    static final int DESCRIPTION_MIN = 30;
    static final int DESCRIPTION_MAX = 5000;
    static final int ADDRESS_MAX = 300;
    static final int NAME_MAX = 120;
    /** How many agencies a destination typed as words of several names lists for the citizen to choose from. */
    private static final int AMBIGUOUS_SHOWN = 5;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{6,18}[0-9]");
    /** The easternmost zone: a date that is today anywhere in Indonesia is not in the future. */
    private static final ZoneId LATEST_ZONE = ZoneId.of("Asia/Jayapura");
    private static final LocalDate INDEPENDENCE = LocalDate.of(1945, 8, 17);

    private final RegionDirectory regions;
    private final CategoryCatalogue categories;
    private final AgencyHierarchy agencies;
    private final AttachmentInspector inspector;
    private final SubmitComplaint submitComplaint;
    private final Clock clock;

    IntakeRules(RegionDirectory regions, CategoryCatalogue categories, AgencyHierarchy agencies,
                AttachmentInspector inspector, SubmitComplaint submitComplaint, Clock clock) {
        this.regions = regions;
        this.categories = categories;
        this.agencies = agencies;
        this.inspector = inspector;
        this.submitComplaint = submitComplaint;
        this.clock = clock;
    }

    /** The draft as a complaint ready to be stored, or every problem with it (then {@code complaint} is empty). */
    public record Checked(Optional<NewComplaint> complaint, List<FieldProblem> problems) {

        public Checked {
            problems = List.copyOf(problems);
        }
    }

    /** The outcome of filing: the submission, or the problems (nothing was stored). */
    public record Filed(Optional<Submission> submission, List<FieldProblem> problems) {
    }

    /**
     * Checks the draft and, when it is valid, stores it. {@code idempotencyKey}: a well-formed form key
     * ({@link AccessKey}) makes a repeated post find the first complaint; {@code clientKeys}: what the submission
     * quota counts against.
     */
    public Filed file(ComplaintDraft draft, String idempotencyKey, List<String> clientKeys) {
        Checked checked = check(draft);
        if (checked.complaint().isEmpty()) {
            return new Filed(Optional.empty(), checked.problems());
        }
        String key = AccessKey.isWellFormed(idempotencyKey) ? idempotencyKey : AccessKey.generate();
        return new Filed(Optional.of(submitComplaint.submit(checked.complaint().get(), key, clientKeys)), List.of());
    }

    public Checked check(ComplaintDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        ReportType type = type(draft.type(), problems);
        String title = text(draft.title());
        length(title, "title", TITLE_MIN, TITLE_MAX, problems);
        String description = text(draft.description());
        length(description, "description", DESCRIPTION_MIN, DESCRIPTION_MAX, problems);
        LocalDate incidentDate = incidentDate(draft.incidentDate(), problems);
        Location location = location(draft, problems);
        String address = text(draft.address());
        if (address != null && address.length() > ADDRESS_MAX) {
            problems.add(new FieldProblem("address", "intake.error.address.length", new Object[] {ADDRESS_MAX}));
        }
        String category = text(draft.categoryCode());
        if (category != null && categories.find(category).isEmpty()) {
            problems.add(new FieldProblem("categoryCode", "intake.error.category.unknown", null));
        }
        String destination = text(draft.destinationAgencyCode());
        if (destination != null) {
            // A code or the words of a name: the citizen need not know codes (issue 17).
            AgencyTree.Lookup lookup = agencies.tree().lookup(destination, AMBIGUOUS_SHOWN);
            if (lookup.found() != null) {
                destination = lookup.found().code();
            } else if (lookup.candidates().isEmpty()) {
                problems.add(new FieldProblem("destinationAgencyCode", "intake.error.destination.unknown",
                        new Object[] {destination}));
            } else {
                problems.add(new FieldProblem("destinationAgencyCode", "intake.error.destination.ambiguous",
                        new Object[] {destination, lookup.candidates().stream().map(AgencyNode::name)
                                .collect(Collectors.joining("; "))}));
            }
        }
        Reporter reporter = reporter(draft, problems);
        List<CleanAttachment> attachments = attachments(draft.attachments(), problems);
        if (!problems.isEmpty()) {
            return new Checked(Optional.empty(), problems);
        }
        return new Checked(Optional.of(new NewComplaint(type, title, description, incidentDate, location.province(),
                location.regency(), location.district(), address, category, destination, draft.doorAgencyCode(),
                draft.anonymous(), draft.confidential(), reporter, attachments, draft.channel(),
                label(draft.label()))), problems);
    }

    /**
     * An intake label as the form carried it, or null: only lowercase letters, digits and hyphens (at most 40). It is
     * a hidden field, so a wrong one is not the reporter's mistake: it is dropped, not refused.
     */
    public static String label(String value) {
        String clean = value == null ? "" : value.strip();
        return clean.matches("[a-z0-9-]{1,40}") ? clean : null;
    }

    private static ReportType type(String value, List<FieldProblem> problems) {
        try {
            return ReportType.valueOf(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("type", "intake.error.type", null));
            return null;
        }
    }

    private static void length(String value, String field, int min, int max, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "intake.error." + field + ".required", null));
        } else if (value.length() < min || value.length() > max) {
            problems.add(new FieldProblem(field, "intake.error." + field + ".length",
                    new Object[] {min, max, value.length()}));
        }
    }

    private LocalDate incidentDate(String value, List<FieldProblem> problems) {
        String text = text(value);
        if (text == null) {
            problems.add(new FieldProblem("incidentDate", "intake.error.incidentDate.required", null));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isAfter(LocalDate.now(clock.withZone(LATEST_ZONE)))) {
                problems.add(new FieldProblem("incidentDate", "intake.error.incidentDate.future", null));
            } else if (date.isBefore(INDEPENDENCE)) {
                problems.add(new FieldProblem("incidentDate", "intake.error.incidentDate.format", null));
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("incidentDate", "intake.error.incidentDate.format", null));
            return null;
        }
    }

    private record Location(String province, String regency, String district) {
    }

    private Location location(ComplaintDraft draft, List<FieldProblem> problems) {
        String province = text(draft.provinceCode());
        String regency = text(draft.regencyCode());
        String district = text(draft.districtCode());
        Optional<Region> provinceRegion = province == null ? Optional.empty() : regions.find(province)
                .filter(r -> r.level() == RegionLevel.PROVINCE);
        if (province == null) {
            problems.add(new FieldProblem("provinceCode", "intake.error.province.required", null));
        } else if (provinceRegion.isEmpty()) {
            problems.add(new FieldProblem("provinceCode", "intake.error.province.unknown", null));
        }
        Optional<Region> regencyRegion = regency == null ? Optional.empty() : regions.find(regency)
                .filter(r -> r.level() == RegionLevel.REGENCY || r.level() == RegionLevel.CITY);
        if (regency == null) {
            problems.add(new FieldProblem("regencyCode", "intake.error.regency.required", null));
        } else if (regencyRegion.isEmpty()) {
            problems.add(new FieldProblem("regencyCode", "intake.error.regency.unknown", null));
        } else if (provinceRegion.isPresent() && !regencyRegion.get().parentCode().equals(province)) {
            problems.add(new FieldProblem("regencyCode", "intake.error.regency.notInProvince",
                    new Object[] {regencyRegion.get().name()}));
        }
        if (district != null) {
            Optional<Region> districtRegion = regions.find(district).filter(r -> r.level() == RegionLevel.DISTRICT);
            if (districtRegion.isEmpty()) {
                problems.add(new FieldProblem("districtCode", "intake.error.district.unknown", null));
            } else if (regencyRegion.isPresent() && !districtRegion.get().parentCode().equals(regency)) {
                problems.add(new FieldProblem("districtCode", "intake.error.district.notInRegency", null));
            }
        }
        return new Location(province, regency, district);
    }

    private static Reporter reporter(ComplaintDraft draft, List<FieldProblem> problems) {
        String language = "en".equals(draft.language()) ? "en" : "id";
        if (draft.signedIn() != null) {
            return Reporter.account(draft.signedIn().accountId(), draft.signedIn().displayName(),
                    draft.signedIn().email(), language);
        }
        String name = text(draft.name());
        String email = text(draft.email());
        String phone = text(draft.phone());
        if (name == null && !draft.anonymous()) {
            problems.add(new FieldProblem("name", "intake.error.name.required", null));
        } else if (name != null && name.length() > NAME_MAX) {
            problems.add(new FieldProblem("name", "intake.error.name.length", new Object[] {NAME_MAX}));
        }
        if (email == null && phone == null) {
            problems.add(new FieldProblem("email", "intake.error.contact.required", null));
        }
        if (email != null && !EmailAddress.isDeliverable(email)) {
            problems.add(new FieldProblem("email", "intake.error.email.format", null));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("phone", "intake.error.phone.format", null));
        }
        return Reporter.guest(name, email == null ? null : email.toLowerCase(Locale.ROOT), phone, language);
    }

    private List<CleanAttachment> attachments(List<ComplaintDraft.Attachment> files, List<FieldProblem> problems) {
        List<ComplaintDraft.Attachment> sent = files.stream()
                .filter(f -> f != null && f.content() != null && f.content().length > 0).toList();
        List<CleanAttachment> clean = new ArrayList<>();
        if (sent.size() > AttachmentInspector.MAX_FILES) {
            problems.add(new FieldProblem("attachments", "intake.error.attachments.count",
                    new Object[] {AttachmentInspector.MAX_FILES, sent.size()}));
            return clean;
        }
        for (ComplaintDraft.Attachment file : sent) {
            try {
                clean.add(inspector.inspect(file.declaredName(), file.content()));
            } catch (AttachmentInspector.Rejected rejected) {
                problems.add(new FieldProblem("attachments", rejected.messageCode(),
                        new Object[] {file.declaredName(), AttachmentInspector.MAX_BYTES / (1024 * 1024)}));
            }
        }
        return clean;
    }

    /** Trimmed text with Windows line endings unified; blank becomes null. */
    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.replace("\r\n", "\n").trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}

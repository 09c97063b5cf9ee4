package id.sp4n.portal.complaint.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.complaint.AttachmentInspector;
import id.sp4n.portal.complaint.CleanAttachment;
import id.sp4n.portal.complaint.NewComplaint;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.Reporter;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.region.Region;
import id.sp4n.portal.region.RegionDirectory;
import id.sp4n.portal.region.RegionLevel;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks a posted form against every rule of the intake contract and turns it into a {@link NewComplaint}.
 * Each problem is reported on the field it concerns, with a message key the form shows beside that field;
 * nothing is stored unless the whole form is valid.
 */
@Component
class ComplaintFormReader {

    static final int TITLE_MIN = 10;
    static final int TITLE_MAX = 150;
    static final int DESCRIPTION_MIN = 30;
    static final int DESCRIPTION_MAX = 5000;
    static final int ADDRESS_MAX = 300;
    static final int NAME_MAX = 120;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{6,18}[0-9]");
    /** The easternmost zone: a date that is today anywhere in Indonesia is not in the future. */
    private static final ZoneId LATEST_ZONE = ZoneId.of("Asia/Jayapura");

    private final RegionDirectory regions;
    private final CategoryCatalogue categories;
    private final AgencyHierarchy agencies;
    private final AttachmentInspector inspector;
    private final java.time.Clock clock;

    ComplaintFormReader(RegionDirectory regions, CategoryCatalogue categories, AgencyHierarchy agencies,
                        AttachmentInspector inspector, java.time.Clock clock) {
        this.regions = regions;
        this.categories = categories;
        this.agencies = agencies;
        this.inspector = inspector;
        this.clock = clock;
    }

    Optional<NewComplaint> read(ComplaintForm form, Errors errors, String doorAgencyCode, PortalUser user,
                                Locale locale) {
        ReportType type = type(form.getType(), errors);
        String title = text(form.getTitle());
        length(title, "title", TITLE_MIN, TITLE_MAX, errors);
        String description = text(form.getDescription());
        length(description, "description", DESCRIPTION_MIN, DESCRIPTION_MAX, errors);
        LocalDate incidentDate = incidentDate(form.getIncidentDate(), errors);
        Location location = location(form, errors);
        String address = text(form.getAddress());
        if (address != null && address.length() > ADDRESS_MAX) {
            errors.rejectValue("address", "intake.error.address.length", new Object[] {ADDRESS_MAX}, null);
        }
        String category = text(form.getCategoryCode());
        if (category != null && categories.find(category).isEmpty()) {
            errors.rejectValue("categoryCode", "intake.error.category.unknown");
        }
        String destination = text(form.getDestinationAgencyCode());
        if (destination != null && !agencies.tree().contains(destination)) {
            errors.rejectValue("destinationAgencyCode", "intake.error.destination.unknown", new Object[] {destination},
                    null);
        }
        Reporter reporter = reporter(form, user, locale, errors);
        List<CleanAttachment> attachments = attachments(form.getAttachments(), errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new NewComplaint(type, title, description, incidentDate, location.province(),
                location.regency(), location.district(), address, category, destination, doorAgencyCode,
                form.isAnonymous(), form.isConfidential(), reporter, attachments));
    }

    private static ReportType type(String value, Errors errors) {
        try {
            return ReportType.valueOf(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("type", "intake.error.type");
            return null;
        }
    }

    private static void length(String value, String field, int min, int max, Errors errors) {
        if (value == null) {
            errors.rejectValue(field, "intake.error." + field + ".required");
        } else if (value.length() < min || value.length() > max) {
            errors.rejectValue(field, "intake.error." + field + ".length", new Object[] {min, max, value.length()},
                    null);
        }
    }

    private LocalDate incidentDate(String value, Errors errors) {
        String text = text(value);
        if (text == null) {
            errors.rejectValue("incidentDate", "intake.error.incidentDate.required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isAfter(LocalDate.now(clock.withZone(LATEST_ZONE)))) {
                errors.rejectValue("incidentDate", "intake.error.incidentDate.future");
            } else if (date.isBefore(LocalDate.of(1945, 8, 17))) {
                errors.rejectValue("incidentDate", "intake.error.incidentDate.format");
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.rejectValue("incidentDate", "intake.error.incidentDate.format");
            return null;
        }
    }

    private record Location(String province, String regency, String district) {
    }

    private Location location(ComplaintForm form, Errors errors) {
        String province = text(form.getProvinceCode());
        String regency = text(form.getRegencyCode());
        String district = text(form.getDistrictCode());
        Optional<Region> provinceRegion = province == null ? Optional.empty() : regions.find(province)
                .filter(r -> r.level() == RegionLevel.PROVINCE);
        if (province == null) {
            errors.rejectValue("provinceCode", "intake.error.province.required");
        } else if (provinceRegion.isEmpty()) {
            errors.rejectValue("provinceCode", "intake.error.province.unknown");
        }
        Optional<Region> regencyRegion = regency == null ? Optional.empty() : regions.find(regency)
                .filter(r -> r.level() == RegionLevel.REGENCY || r.level() == RegionLevel.CITY);
        if (regency == null) {
            errors.rejectValue("regencyCode", "intake.error.regency.required");
        } else if (regencyRegion.isEmpty()) {
            errors.rejectValue("regencyCode", "intake.error.regency.unknown");
        } else if (provinceRegion.isPresent() && !regencyRegion.get().parentCode().equals(province)) {
            errors.rejectValue("regencyCode", "intake.error.regency.notInProvince",
                    new Object[] {regencyRegion.get().name()}, null);
        }
        if (district != null) {
            Optional<Region> districtRegion = regions.find(district).filter(r -> r.level() == RegionLevel.DISTRICT);
            if (districtRegion.isEmpty()) {
                errors.rejectValue("districtCode", "intake.error.district.unknown");
            } else if (regencyRegion.isPresent() && !districtRegion.get().parentCode().equals(regency)) {
                errors.rejectValue("districtCode", "intake.error.district.notInRegency");
            }
        }
        return new Location(province, regency, district);
    }

    private static Reporter reporter(ComplaintForm form, PortalUser user, Locale locale, Errors errors) {
        String language = "en".equals(locale.getLanguage()) ? "en" : "id";
        if (user != null) {
            return Reporter.account(user.accountId(), user.displayName(), user.getUsername(), language);
        }
        String name = text(form.getName());
        String email = text(form.getEmail());
        String phone = text(form.getPhone());
        if (name == null && !form.isAnonymous()) {
            errors.rejectValue("name", "intake.error.name.required");
        } else if (name != null && name.length() > NAME_MAX) {
            errors.rejectValue("name", "intake.error.name.length", new Object[] {NAME_MAX}, null);
        }
        if (email == null && phone == null) {
            errors.rejectValue("email", "intake.error.contact.required");
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.rejectValue("email", "intake.error.email.format");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.rejectValue("phone", "intake.error.phone.format");
        }
        return Reporter.guest(name, email == null ? null : email.toLowerCase(Locale.ROOT), phone, language);
    }

    private List<CleanAttachment> attachments(List<MultipartFile> files, Errors errors) {
        return Uploads.inspect(inspector, files, new Uploads.Refusals() {
            @Override
            public void tooMany(int sent) {
                errors.rejectValue("attachments", "intake.error.attachments.count",
                        new Object[] {AttachmentInspector.MAX_FILES, sent}, null);
            }

            @Override
            public void refused(MultipartFile file, AttachmentInspector.Rejected rejected) {
                errors.rejectValue("attachments", rejected.messageCode(), Uploads.refusalArguments(file), null);
            }
        });
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

package id.sp4n.portal.complaint.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import id.sp4n.portal.complaint.ComplaintDraft;
import id.sp4n.portal.complaint.FieldProblem;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.identity.PortalUser;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The form's side of the intake contract: a posted {@link ComplaintForm} (HTML form or the JSON API, which share
 * the field names) as a {@link ComplaintDraft} for {@link id.sp4n.portal.complaint.IntakeRules}, and the rules'
 * problems back onto the form's fields. No rule lives here.
 */
final class ComplaintFormReader {

    private ComplaintFormReader() {
    }

    static ComplaintDraft draft(ComplaintForm form, IntakeChannel channel, String doorAgencyCode, PortalUser user,
                                Locale locale) {
        ComplaintDraft.AccountHolder signedIn = user == null ? null
                : new ComplaintDraft.AccountHolder(user.accountId(), user.displayName(), user.getUsername());
        return new ComplaintDraft(form.getType(), form.getTitle(), form.getDescription(), form.getIncidentDate(),
                form.getProvinceCode(), form.getRegencyCode(), form.getDistrictCode(), form.getAddress(),
                form.getCategoryCode(), form.getDestinationAgencyCode(), form.isAnonymous(), form.isConfidential(),
                form.getName(), form.getEmail(), form.getPhone(), attachments(form.getAttachments()), channel,
                doorAgencyCode, signedIn, "en".equals(locale.getLanguage()) ? "en" : "id", form.getLabel());
    }

    /** Puts each problem on the field it concerns, where the form shows it. */
    static void reject(List<FieldProblem> problems, Errors errors) {
        for (FieldProblem problem : problems) {
            errors.rejectValue(problem.field(), problem.messageCode(), problem.arguments(), null);
        }
    }

    private static List<ComplaintDraft.Attachment> attachments(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(file -> file != null && !file.isEmpty()).map(file -> {
            try {
                return new ComplaintDraft.Attachment(file.getOriginalFilename(), file.getContentType(), file.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}

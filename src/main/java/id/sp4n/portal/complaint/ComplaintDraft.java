package id.sp4n.portal.complaint;

import java.util.List;

import id.sp4n.portal.complaint.handling.AttachmentInspector;

/**
 * A complaint as any channel received it, before any rule was checked: the fields as text (exactly as typed or
 * sent), the attachments as bytes, and where it came from. {@link IntakeRules} checks it the same way for every
 * channel. {@code signedIn} is the citizen filing with their account (then name and contact are ignored), else
 * null; {@code language} is "id" or "en", for the reporter's mail.
 */
public record ComplaintDraft(String type, String title, String description, String incidentDate, String provinceCode,
                             String regencyCode, String districtCode, String address, String categoryCode,
                             String destinationAgencyCode, boolean anonymous, boolean confidential, String name,
                             String email, String phone, List<Attachment> attachments, IntakeChannel channel,
                             String doorAgencyCode, AccountHolder signedIn, String language, String label) {

    public ComplaintDraft {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /**
     * A file as sent: the name and media type the sender declared (neither is trusted: the content decides, see
     * {@link AttachmentInspector}) and its bytes.
     */
    public record Attachment(String declaredName, String declaredType, byte[] content) {
    }

    /** A signed-in citizen, who files as themself. */
    public record AccountHolder(long accountId, String displayName, String email) {
    }
}

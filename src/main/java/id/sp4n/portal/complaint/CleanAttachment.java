package id.sp4n.portal.complaint;

/** An attachment whose type was recognised from its content and whose hidden metadata was removed. */
public record CleanAttachment(String fileName, String mediaType, byte[] content, String sha256) {

    public int size() {
        return content.length;
    }
}

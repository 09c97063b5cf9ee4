package id.sp4n.portal.complaint.handling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import id.sp4n.portal.complaint.CleanAttachment;
import org.springframework.stereotype.Component;

/**
 * Accepts JPEG, PNG and PDF files recognised by their first bytes (never by name or the browser's claim) and keeps
 * only what showing them needs, so nothing identifies the reporter or acts when an officer opens the file: see
 * {@link JpegCleaner}, {@link PngCleaner} and {@link PdfCleaner}. Image data is copied byte for byte, so quality does
 * not change.
 */
@Component
public class AttachmentInspector {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_FILES = 5;

    /** Why a file was refused, as a message key for the person. */
    public static final class Rejected extends Exception {

        private final String messageCode;

        Rejected(String messageCode) {
            super(messageCode);
            this.messageCode = messageCode;
        }

        public String messageCode() {
            return messageCode;
        }
    }

    public CleanAttachment inspect(String originalName, byte[] content) throws Rejected {
        if (content.length == 0) {
            throw new Rejected("attachment.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new Rejected("attachment.error.tooLarge");
        }
        String mediaType = recognise(content).orElseThrow(() -> new Rejected("attachment.error.type"));
        byte[] clean = switch (mediaType) {
            case "image/jpeg" -> JpegCleaner.clean(content);
            case "image/png" -> PngCleaner.clean(content);
            default -> PdfCleaner.clean(content);
        };
        return new CleanAttachment(fileName(originalName, mediaType), mediaType, clean, sha256(clean));
    }

    static Optional<String> recognise(byte[] content) {
        if (content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, PngCleaner.SIGNATURE)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    private static String fileName(String originalName, String mediaType) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").trim();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name);
        if (base.isBlank()) {
            base = "lampiran";
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        String extension = switch (mediaType) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> ".pdf";
        };
        return base + extension;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package id.sp4n.portal.complaint.handling;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import id.sp4n.portal.complaint.CleanAttachment;
import org.springframework.stereotype.Component;

/**
 * Accepts JPEG, PNG and PDF files recognised by their first bytes (never by name or the browser's claim), and
 * removes what could identify a reporter from images: EXIF/XMP and other application segments and comments
 * in JPEG (GPS position, camera serial, owner name), text, time and EXIF chunks in PNG. The pixels are copied
 * byte for byte, so quality does not change. PDFs are stored as sent.
 */
@Component
public class AttachmentInspector {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_FILES = 5;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> PNG_PRIVATE_CHUNKS = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

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
            case "image/jpeg" -> stripJpeg(content);
            case "image/png" -> stripPng(content);
            default -> content;
        };
        return new CleanAttachment(fileName(originalName, mediaType), mediaType, clean, sha256(clean));
    }

    static Optional<String> recognise(byte[] content) {
        if (content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    /** Copies a JPEG, leaving out APP1–APP13 and APP15 segments and comments; APP0 (JFIF) and APP14 stay. */
    static byte[] stripJpeg(byte[] jpeg) throws Rejected {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(0xFF);
        out.write(0xD8);
        int i = 2;
        while (i < jpeg.length) {
            if (i + 1 >= jpeg.length || (jpeg[i] & 0xFF) != 0xFF) {
                throw new Rejected("attachment.error.damaged");
            }
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD9 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                out.write(jpeg, i, 2);
                i += 2;
                continue;
            }
            if (i + 3 >= jpeg.length) {
                throw new Rejected("attachment.error.damaged");
            }
            int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
            if (length < 2 || i + 2 + length > jpeg.length) {
                throw new Rejected("attachment.error.damaged");
            }
            if (marker == 0xDA) {
                // Start of scan: the rest is compressed image data (and the end marker); copy it unchanged.
                out.write(jpeg, i, jpeg.length - i);
                return out.toByteArray();
            }
            boolean privateSegment = (marker >= 0xE1 && marker <= 0xED) || marker == 0xEF || marker == 0xFE;
            if (!privateSegment) {
                out.write(jpeg, i, 2 + length);
            }
            i += 2 + length;
        }
        throw new Rejected("attachment.error.damaged");
    }

    /** Copies a PNG chunk by chunk, leaving out text, time and EXIF chunks. */
    static byte[] stripPng(byte[] png) throws Rejected {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, PNG_SIGNATURE.length);
        int i = PNG_SIGNATURE.length;
        while (i + 12 <= png.length) {
            long length = ((long) (png[i] & 0xFF) << 24) | ((png[i + 1] & 0xFF) << 16) | ((png[i + 2] & 0xFF) << 8)
                    | (png[i + 3] & 0xFF);
            if (length > png.length - i - 12L) {
                throw new Rejected("attachment.error.damaged");
            }
            String type = new String(png, i + 4, 4, StandardCharsets.US_ASCII);
            int chunkSize = (int) length + 12;
            if (!PNG_PRIVATE_CHUNKS.contains(type)) {
                out.write(png, i, chunkSize);
            }
            i += chunkSize;
            if ("IEND".equals(type)) {
                return out.toByteArray();
            }
        }
        throw new Rejected("attachment.error.damaged");
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

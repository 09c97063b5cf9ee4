package id.sp4n.portal.complaint.handling;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Rebuilds a JPEG from what showing it needs: the first image up to its end marker (phones append a second image, a
 * preview with its own EXIF and GPS, after it), its tables, frames and scans, and of the application segments only
 * those that carry colour — an ICC profile (APP2) and Adobe's colour transform (APP14). Everything else (EXIF, XMP,
 * maker notes, JFIF thumbnails, comments, multi-picture data) is left out.
 */
final class JpegCleaner {

    private static final byte[] ICC_PROFILE = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.US_ASCII);
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;

    private JpegCleaner() {
    }

    static byte[] clean(byte[] jpeg) throws AttachmentInspector.Rejected {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(0xFF);
        out.write(0xD8);
        int i = 2;
        while (i + 1 < jpeg.length) {
            if ((jpeg[i] & 0xFF) != 0xFF) {
                throw damaged();
            }
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == EOI) {
                out.write(jpeg, i, 2);
                return out.toByteArray();
            }
            if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                out.write(jpeg, i, 2);
                i += 2;
                continue;
            }
            int end = segmentEnd(jpeg, i);
            if (keeps(marker, jpeg, i + 4, end)) {
                out.write(jpeg, i, end - i);
            }
            i = end;
            if (marker == SOS) {
                int dataEnd = entropyCodedEnd(jpeg, i);
                out.write(jpeg, i, dataEnd - i);
                i = dataEnd;
            }
        }
        throw damaged();
    }

    private static int segmentEnd(byte[] jpeg, int start) throws AttachmentInspector.Rejected {
        if (start + 3 >= jpeg.length) {
            throw damaged();
        }
        int length = ((jpeg[start + 2] & 0xFF) << 8) | (jpeg[start + 3] & 0xFF);
        if (length < 2 || start + 2 + length > jpeg.length) {
            throw damaged();
        }
        return start + 2 + length;
    }

    /** After a scan header: compressed data, in which 0xFF is followed by 0x00 (a stuffed byte) or a restart marker. */
    private static int entropyCodedEnd(byte[] jpeg, int start) throws AttachmentInspector.Rejected {
        int j = start;
        while (j + 1 < jpeg.length) {
            if ((jpeg[j] & 0xFF) == 0xFF) {
                int next = jpeg[j + 1] & 0xFF;
                if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                    return j;
                }
                j += next == 0xFF ? 1 : 2;
            } else {
                j++;
            }
        }
        throw damaged();
    }

    private static boolean keeps(int marker, byte[] jpeg, int dataStart, int end) {
        boolean application = marker >= 0xE0 && marker <= 0xEF;
        if (application) {
            return (marker == 0xE2 && startsWith(jpeg, dataStart, end, ICC_PROFILE))
                    || (marker == 0xEE && startsWith(jpeg, dataStart, end, ADOBE));
        }
        return marker != 0xFE;
    }

    private static boolean startsWith(byte[] content, int from, int end, byte[] prefix) {
        if (end - from < prefix.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (content[from + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static AttachmentInspector.Rejected damaged() {
        return new AttachmentInspector.Rejected("attachment.error.damaged");
    }
}

package id.sp4n.portal.complaint.handling;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Rebuilds a PNG from the chunks showing it needs: the critical ones (header, palette, image data, end) and a short
 * allow-list for transparency, colour and pixel size. Text, time, EXIF, animation and every private or unknown chunk
 * is left out, and so is anything after the end chunk.
 */
final class PngCleaner {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND",
            "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "pHYs");

    private PngCleaner() {
    }

    static byte[] clean(byte[] png) throws AttachmentInspector.Rejected {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, SIGNATURE.length);
        int i = SIGNATURE.length;
        boolean first = true;
        while (i + 12 <= png.length) {
            long length = ((long) (png[i] & 0xFF) << 24) | ((png[i + 1] & 0xFF) << 16) | ((png[i + 2] & 0xFF) << 8)
                    | (png[i + 3] & 0xFF);
            if (length > png.length - i - 12L) {
                throw new AttachmentInspector.Rejected("attachment.error.damaged");
            }
            String type = new String(png, i + 4, 4, StandardCharsets.US_ASCII);
            if (first && !"IHDR".equals(type)) {
                throw new AttachmentInspector.Rejected("attachment.error.damaged");
            }
            first = false;
            int chunkSize = (int) length + 12;
            if (KEPT.contains(type)) {
                out.write(png, i, chunkSize);
            }
            i += chunkSize;
            if ("IEND".equals(type)) {
                return out.toByteArray();
            }
        }
        throw new AttachmentInspector.Rejected("attachment.error.damaged");
    }
}

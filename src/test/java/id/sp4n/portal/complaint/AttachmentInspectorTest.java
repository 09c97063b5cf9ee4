package id.sp4n.portal.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

import id.sp4n.portal.complaint.handling.AttachmentInspector;
import org.junit.jupiter.api.Test;

class AttachmentInspectorTest {

    private final AttachmentInspector inspector = new AttachmentInspector();

    /** A real JPEG with an EXIF segment carrying a GPS marker, inserted right after the start marker. */
    static byte[] jpegWithGps() throws IOException {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xFF0000);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] exif = ("Exif\0\0GPSLatitude=-6.9175;GPSLongitude=107.6191;Owner=Budi").getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif);
        out.write(0xFF);
        out.write(0xFE);
        byte[] comment = "camera serial 12345".getBytes(StandardCharsets.US_ASCII);
        out.write((comment.length + 2) >> 8);
        out.write((comment.length + 2) & 0xFF);
        out.write(comment);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static byte[] pngWithText() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "png", plain);
        byte[] png = plain.toByteArray();
        // Insert a tEXt chunk right after IHDR (8-byte signature + 25-byte IHDR chunk).
        byte[] data = "Author\0Budi Santoso, Jl. Merdeka 1".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.write(new byte[] {0, 0, 0, (byte) data.length});
        byte[] typeAndData = new byte[4 + data.length];
        System.arraycopy("tEXt".getBytes(StandardCharsets.US_ASCII), 0, typeAndData, 0, 4);
        System.arraycopy(data, 0, typeAndData, 4, data.length);
        chunk.write(typeAndData);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        long value = crc.getValue();
        chunk.write(new byte[] {(byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        out.write(chunk.toByteArray());
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    @Test
    void shouldRemoveExifAndCommentsFromJpegsAndKeepThePicture() throws Exception {
        byte[] original = jpegWithGps();
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");

        CleanAttachment clean = inspector.inspect("foto jalan.JPG", original);

        String cleaned = new String(clean.content(), StandardCharsets.ISO_8859_1);
        assertThat(cleaned).doesNotContain("GPSLatitude").doesNotContain("Owner=Budi").doesNotContain("camera serial");
        assertThat(clean.mediaType()).isEqualTo("image/jpeg");
        assertThat(clean.fileName()).isEqualTo("foto jalan.jpg");
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(clean.content()));
        assertThat(picture.getWidth()).isEqualTo(32);
        assertThat(picture.getHeight()).isEqualTo(24);
        assertThat(clean.sha256()).hasSize(64);
    }

    @Test
    void shouldRemoveTextChunksFromPngs() throws Exception {
        byte[] original = pngWithText();
        assertThat(ImageIO.read(new ByteArrayInputStream(original))).isNotNull();

        CleanAttachment clean = inspector.inspect("denah.png", original);

        assertThat(new String(clean.content(), StandardCharsets.ISO_8859_1)).doesNotContain("Budi Santoso");
        assertThat(ImageIO.read(new ByteArrayInputStream(clean.content())).getWidth()).isEqualTo(8);
        assertThat(clean.mediaType()).isEqualTo("image/png");
    }

    @Test
    void shouldAcceptPdfsAsSent() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        CleanAttachment clean = inspector.inspect("../../etc/surat.pdf", pdf);
        assertThat(clean.content()).isEqualTo(pdf);
        assertThat(clean.fileName()).isEqualTo("surat.pdf");
    }

    @Test
    void shouldRecogniseTheTypeByContentNotByName() {
        byte[] windowsProgram = new byte[2048];
        windowsProgram[0] = 'M';
        windowsProgram[1] = 'Z';
        assertThatThrownBy(() -> inspector.inspect("foto.jpg", windowsProgram))
                .isInstanceOf(AttachmentInspector.Rejected.class)
                .extracting(e -> ((AttachmentInspector.Rejected) e).messageCode()).isEqualTo("attachment.error.type");
    }

    @Test
    void shouldNameAPngSentAsJpgByItsContent() throws Exception {
        CleanAttachment clean = inspector.inspect("gambar.jpg", pngWithText());
        assertThat(clean.mediaType()).isEqualTo("image/png");
        assertThat(clean.fileName()).isEqualTo("gambar.png");
    }

    @Test
    void shouldRefuseFilesOverFiveMegabytesAndEmptyOrDamagedOnes() throws Exception {
        byte[] big = new byte[AttachmentInspector.MAX_BYTES + 1];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        big[4] = '-';
        assertThatThrownBy(() -> inspector.inspect("besar.pdf", big))
                .extracting(e -> ((AttachmentInspector.Rejected) e).messageCode()).isEqualTo("attachment.error.tooLarge");
        assertThatThrownBy(() -> inspector.inspect("kosong.pdf", new byte[0]))
                .extracting(e -> ((AttachmentInspector.Rejected) e).messageCode()).isEqualTo("attachment.error.empty");
        byte[] truncated = java.util.Arrays.copyOf(jpegWithGps(), 40);
        assertThatThrownBy(() -> inspector.inspect("putus.jpg", truncated))
                .extracting(e -> ((AttachmentInspector.Rejected) e).messageCode()).isEqualTo("attachment.error.damaged");
    }
}

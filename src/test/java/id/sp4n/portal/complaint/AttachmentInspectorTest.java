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
import id.sp4n.portal.support.AttachmentCorpus;
import id.sp4n.portal.support.SampleFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The metadata-removal corpus: files as phones, scanners and office programs write them (EXIF with GPS, appended
 * previews, XMP, private chunks, scripts and attachments in PDFs), each checked to come out without them and still
 * showing the same picture or text.
 */
class AttachmentInspectorTest {

    private final AttachmentInspector inspector = new AttachmentInspector();

    @Test
    void shouldRemoveExifAndCommentsFromJpegsAndKeepThePicture() throws Exception {
        byte[] original = AttachmentCorpus.jpegWithGps();
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
        byte[] original = AttachmentCorpus.pngWithText();
        assertThat(ImageIO.read(new ByteArrayInputStream(original))).isNotNull();

        CleanAttachment clean = inspector.inspect("denah.png", original);

        assertThat(new String(clean.content(), StandardCharsets.ISO_8859_1)).doesNotContain("Budi Santoso");
        assertThat(ImageIO.read(new ByteArrayInputStream(clean.content())).getWidth()).isEqualTo(8);
        assertThat(clean.mediaType()).isEqualTo("image/png");
    }

    @Test
    void shouldKeepOnlyTheFirstImageOfAJpegWithAnAppendedPreview() throws Exception {
        byte[] first = AttachmentCorpus.jpegWithGps();
        byte[] original = AttachmentCorpus.jpegWithAppendedPreview();

        CleanAttachment clean = inspector.inspect("foto.jpg", original);

        String cleaned = new String(clean.content(), StandardCharsets.ISO_8859_1);
        assertThat(cleaned).doesNotContain("GPSLatitude").doesNotContain("Owner=Sari").doesNotContain("trailing-MPF");
        assertThat(clean.content().length).isLessThan(first.length);
        assertThat(clean.content()[clean.content().length - 1] & 0xFF).isEqualTo(0xD9);
        assertThat(ImageIO.read(new ByteArrayInputStream(clean.content())).getWidth()).isEqualTo(32);
    }

    @Test
    void shouldKeepTheColourProfileAndDropEveryOtherApplicationSegment() throws Exception {
        byte[] original = AttachmentCorpus.jpegWithApplicationSegments();

        String cleaned = new String(inspector.inspect("foto.jpg", original).content(), StandardCharsets.ISO_8859_1);

        assertThat(cleaned).contains("colour-profile-bytes").contains("colour-transform")
                .doesNotContain("second-image-offsets").doesNotContain("xmpmeta").doesNotContain("thumbnail-of-the-face");
    }

    @Test
    void shouldCleanAProgressiveJpegAndKeepEveryPixel() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | ((x + y) % 256));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam parameters = writer.getDefaultWriteParam();
        parameters.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), parameters);
        }
        byte[] progressive = AttachmentCorpus.concat(java.util.Arrays.copyOf(out.toByteArray(), 2), AttachmentCorpus.segment(0xE1, "Exif\0\0GPS-RAHASIA"),
                java.util.Arrays.copyOfRange(out.toByteArray(), 2, out.size()));

        byte[] clean = inspector.inspect("foto.jpg", progressive).content();

        assertThat(new String(clean, StandardCharsets.ISO_8859_1)).doesNotContain("GPS-RAHASIA");
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(progressive));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(clean));
        for (int x = 0; x < 64; x += 7) {
            for (int y = 0; y < 48; y += 5) {
                assertThat(after.getRGB(x, y)).isEqualTo(before.getRGB(x, y));
            }
        }
    }

    @Test
    void shouldKeepOnlyCriticalAndColourChunksOfAPng() throws Exception {
        byte[] original = AttachmentCorpus.pngWithPrivateChunks();

        CleanAttachment clean = inspector.inspect("denah.png", original);

        String cleaned = new String(clean.content(), StandardCharsets.ISO_8859_1);
        assertThat(cleaned).doesNotContain("Budi").doesNotContain("GPS-RAHASIA").doesNotContain("camera-owner")
                .doesNotContain("after-the-end").contains("gAMA").contains("IDAT");
        assertThat(ImageIO.read(new ByteArrayInputStream(clean.content())).getWidth()).isEqualTo(8);
    }

    @Test
    void shouldRewriteAPdfWithoutScriptsActionsAttachmentsOrAuthor() throws Exception {
        byte[] original = AttachmentCorpus.pdfWithScriptsAndAttachments();

        CleanAttachment clean = inspector.inspect("surat.pdf", original);

        try (PDDocument cleaned = Loader.loadPDF(clean.content())) {
            assertThat(cleaned.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(cleaned)).contains("Surat keterangan dari kelurahan");
            assertThat(cleaned.getDocumentInformation().getAuthor()).isNull();
            assertThat(cleaned.getDocumentCatalog().getOpenAction()).isNull();
            assertThat(cleaned.getDocumentCatalog().getNames()).satisfiesAnyOf(
                    n -> assertThat(n).isNull(), n -> assertThat(n.getEmbeddedFiles()).isNull());
            assertThat(cleaned.getPage(0).getCOSObject().getItem(COSName.AA)).isNull();
            assertThat(cleaned.getPage(0).getAnnotations()).hasSize(1)
                    .allSatisfy(a -> assertThat(a.getCOSObject().getItem(COSName.A)).isNull());
        }
        String raw = new String(clean.content(), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("Budi Santoso").doesNotContain("app.alert").doesNotContain("MZ-program");
        assertThat(clean.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void shouldRefuseAPdfThatNeedsAPasswordAndOneThatIsNotAPdf() throws Exception {
        byte[] locked;
        try (PDDocument document = Loader.loadPDF(SampleFiles.pdf("Rahasia"))) {
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("pemilik", "pembaca",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            document.protect(policy);
            locked = SampleFiles.save(document);
        }
        assertThatThrownBy(() -> inspector.inspect("terkunci.pdf", locked))
                .extracting(e -> ((AttachmentInspector.Rejected) e).messageCode()).isEqualTo("attachment.error.pdfPassword");
        byte[] fake = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> inspector.inspect("palsu.pdf", fake))
                .extracting(e -> ((AttachmentInspector.Rejected) e).messageCode()).isEqualTo("attachment.error.damaged");
    }

    @Test
    void shouldNameAFileByItsContentWithoutItsPath() throws Exception {
        CleanAttachment clean = inspector.inspect("../../etc/surat.pdf", SampleFiles.pdf("Surat"));
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
        CleanAttachment clean = inspector.inspect("gambar.jpg", AttachmentCorpus.pngWithText());
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
        byte[] truncated = java.util.Arrays.copyOf(AttachmentCorpus.jpegWithGps(), 40);
        assertThatThrownBy(() -> inspector.inspect("putus.jpg", truncated))
                .extracting(e -> ((AttachmentInspector.Rejected) e).messageCode()).isEqualTo("attachment.error.damaged");
    }
}

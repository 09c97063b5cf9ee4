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

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] segment(int marker, String data) {
        byte[] bytes = data.getBytes(StandardCharsets.ISO_8859_1);
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) ((bytes.length + 2) >> 8), (byte) (bytes.length + 2)},
                bytes);
    }

    private static byte[] chunk(String type, String data) {
        byte[] typeAndData = concat(type.getBytes(StandardCharsets.US_ASCII), data.getBytes(StandardCharsets.ISO_8859_1));
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        long value = crc.getValue();
        int length = typeAndData.length - 4;
        return concat(new byte[] {(byte) (length >> 24), (byte) (length >> 16), (byte) (length >> 8), (byte) length},
                typeAndData, new byte[] {(byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value});
    }

    private static PDActionJavaScript javaScript(String code) {
        return new PDActionJavaScript(code);
    }

    private static COSDictionary dictionary(COSName key, PDActionJavaScript action) {
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(key, action);
        return dictionary;
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
    void shouldKeepOnlyTheFirstImageOfAJpegWithAnAppendedPreview() throws Exception {
        byte[] first = jpegWithGps();
        byte[] preview = jpegWithGps();
        byte[] marked = new String(preview, StandardCharsets.ISO_8859_1).replace("Owner=Budi", "Owner=Sari")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] original = concat(first, marked, "trailing-MPF-data".getBytes(StandardCharsets.US_ASCII));

        CleanAttachment clean = inspector.inspect("foto.jpg", original);

        String cleaned = new String(clean.content(), StandardCharsets.ISO_8859_1);
        assertThat(cleaned).doesNotContain("GPSLatitude").doesNotContain("Owner=Sari").doesNotContain("trailing-MPF");
        assertThat(clean.content().length).isLessThan(first.length);
        assertThat(clean.content()[clean.content().length - 1] & 0xFF).isEqualTo(0xD9);
        assertThat(ImageIO.read(new ByteArrayInputStream(clean.content())).getWidth()).isEqualTo(32);
    }

    @Test
    void shouldKeepTheColourProfileAndDropEveryOtherApplicationSegment() throws Exception {
        byte[] plain = jpegWithGps();
        byte[] icc = segment(0xE2, "ICC_PROFILE\0\1\1colour-profile-bytes");
        byte[] mpf = segment(0xE2, "MPF\0second-image-offsets");
        byte[] xmp = segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Budi</x:xmpmeta>");
        byte[] jfif = segment(0xE0, "JFIF\0thumbnail-of-the-face");
        byte[] adobe = segment(0xEE, "Adobe\0colour-transform");
        byte[] original = concat(java.util.Arrays.copyOf(plain, 2), jfif, icc, mpf, xmp, adobe,
                java.util.Arrays.copyOfRange(plain, 2, plain.length));

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
        byte[] progressive = concat(java.util.Arrays.copyOf(out.toByteArray(), 2), segment(0xE1, "Exif\0\0GPS-RAHASIA"),
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
        byte[] plain = pngWithText();
        byte[] original = concat(java.util.Arrays.copyOf(plain, 33), chunk("iTXt", "XML:com.adobe.xmp\0\0\0\0\0Budi"),
                chunk("eXIf", "GPS-RAHASIA"), chunk("prVt", "camera-owner"), chunk("gAMA", "\0\0\u00b1\u008f"),
                java.util.Arrays.copyOfRange(plain, 33, plain.length), "after-the-end".getBytes(StandardCharsets.US_ASCII));

        CleanAttachment clean = inspector.inspect("denah.png", original);

        String cleaned = new String(clean.content(), StandardCharsets.ISO_8859_1);
        assertThat(cleaned).doesNotContain("Budi").doesNotContain("GPS-RAHASIA").doesNotContain("camera-owner")
                .doesNotContain("after-the-end").contains("gAMA").contains("IDAT");
        assertThat(ImageIO.read(new ByteArrayInputStream(clean.content())).getWidth()).isEqualTo(8);
    }

    @Test
    void shouldRewriteAPdfWithoutScriptsActionsAttachmentsOrAuthor() throws Exception {
        byte[] original;
        try (PDDocument document = Loader.loadPDF(SampleFiles.pdf("Surat keterangan dari kelurahan"))) {
            document.getDocumentInformation().setAuthor("Budi Santoso");
            document.getDocumentCatalog().setOpenAction(javaScript("app.alert('buka')"));
            PDPage page = document.getPage(0);
            page.getCOSObject().setItem(COSName.AA, dictionary(COSName.getPDFName("O"), javaScript("this.submitForm('x')")));
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 650, 100, 20));
            link.setAction(javaScript("app.launchURL('http://contoh.example')"));
            PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
            attachment.setRectangle(new PDRectangle(72, 600, 20, 20));
            page.getAnnotations().add(link);
            page.getAnnotations().add(attachment);
            PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream("MZ-program".getBytes()));
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile("program.exe");
            file.setEmbeddedFile(embedded);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(java.util.Map.of("program.exe", file));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
            original = SampleFiles.save(document);
        }

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

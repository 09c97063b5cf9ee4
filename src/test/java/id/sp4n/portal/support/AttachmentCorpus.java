package id.sp4n.portal.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

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

/**
 * Files as phones, scanners and office programs write them, each carrying what must not reach an officer: EXIF with
 * GPS, an appended preview with its own EXIF, XMP, private PNG chunks, data after the end, scripts and attachments in
 * PDFs. {@link #uploads()} lists them with the marker text that must be gone after upload.
 */
public final class AttachmentCorpus {

    private AttachmentCorpus() {
    }

    /** One upload and the texts it hides, none of which may be stored. */
    public record Sample(String name, String mediaType, byte[] content, List<String> secrets) {

        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Sample> uploads() throws IOException {
        return List.of(
                new Sample("foto-gps.jpg", "image/jpeg", jpegWithGps(), List.of("GPSLatitude", "camera serial")),
                new Sample("foto-dengan-pratinjau.jpg", "image/jpeg", jpegWithAppendedPreview(),
                        List.of("GPSLatitude", "Owner=Sari", "trailing-MPF")),
                new Sample("foto-xmp.jpg", "image/jpeg", jpegWithApplicationSegments(),
                        List.of("xmpmeta", "thumbnail-of-the-face", "second-image-offsets")),
                new Sample("denah-teks.png", "image/png", pngWithText(), List.of("Budi Santoso")),
                new Sample("denah-pribadi.png", "image/png", pngWithPrivateChunks(),
                        List.of("GPS-RAHASIA", "camera-owner", "after-the-end")),
                new Sample("surat-skrip.pdf", "application/pdf", pdfWithScriptsAndAttachments(),
                        List.of("Budi Santoso", "app.alert", "MZ-program")));
    }

    /** A real JPEG with an EXIF segment carrying a GPS marker, inserted right after the start marker. */
    public static byte[] jpegWithGps() throws IOException {
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

    public static byte[] pngWithText() throws IOException {
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

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    public static byte[] segment(int marker, String data) {
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

    /** A phone's photo: the image, then a preview image with its own EXIF, then multi-picture data. */
    public static byte[] jpegWithAppendedPreview() throws IOException {
        byte[] preview = new String(jpegWithGps(), StandardCharsets.ISO_8859_1).replace("Owner=Budi", "Owner=Sari")
                .getBytes(StandardCharsets.ISO_8859_1);
        return concat(jpegWithGps(), preview, "trailing-MPF-data".getBytes(StandardCharsets.US_ASCII));
    }

    /** JFIF with a thumbnail, an ICC profile, multi-picture data, XMP and Adobe's colour segment. */
    public static byte[] jpegWithApplicationSegments() throws IOException {
        byte[] plain = jpegWithGps();
        return concat(Arrays.copyOf(plain, 2), segment(0xE0, "JFIF\0thumbnail-of-the-face"),
                segment(0xE2, "ICC_PROFILE\0\1\1colour-profile-bytes"), segment(0xE2, "MPF\0second-image-offsets"),
                segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Budi</x:xmpmeta>"),
                segment(0xEE, "Adobe\0colour-transform"), Arrays.copyOfRange(plain, 2, plain.length));
    }

    /** XMP, EXIF and a private chunk before the image data, a gamma chunk, and bytes after the end. */
    public static byte[] pngWithPrivateChunks() throws IOException {
        byte[] plain = pngWithText();
        return concat(Arrays.copyOf(plain, 33), chunk("iTXt", "XML:com.adobe.xmp\0\0\0\0\0Budi"),
                chunk("eXIf", "GPS-RAHASIA"), chunk("prVt", "camera-owner"), chunk("gAMA", "\0\0\u00b1\u008f"),
                Arrays.copyOfRange(plain, 33, plain.length), "after-the-end".getBytes(StandardCharsets.US_ASCII));
    }

    /** An author, JavaScript on opening and on the page, a scripted link, an attachment annotation, an embedded program. */
    public static byte[] pdfWithScriptsAndAttachments() throws IOException {
        try (PDDocument document = Loader.loadPDF(SampleFiles.pdf("Surat keterangan dari kelurahan"))) {
            document.getDocumentInformation().setAuthor("Budi Santoso");
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('buka')"));
            PDPage page = document.getPage(0);
            page.getCOSObject().setItem(COSName.AA, dictionary(COSName.getPDFName("O"), new PDActionJavaScript("this.submitForm('x')")));
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 650, 100, 20));
            link.setAction(new PDActionJavaScript("app.launchURL('http://contoh.example')"));
            PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
            attachment.setRectangle(new PDRectangle(72, 600, 20, 20));
            page.getAnnotations().add(link);
            page.getAnnotations().add(attachment);
            PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream("MZ-program".getBytes()));
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile("program.exe");
            file.setEmbeddedFile(embedded);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("program.exe", file));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
            return SampleFiles.save(document);
        }
    }

    private static COSDictionary dictionary(COSName key, PDActionJavaScript action) {
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(key, action);
        return dictionary;
    }
}

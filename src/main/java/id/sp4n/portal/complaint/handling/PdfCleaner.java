package id.sp4n.portal.complaint.handling;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Rewrites a PDF with Apache PDFBox so that only the document remains: every action (JavaScript, launching a program,
 * submitting a form, opening a link, on opening the file or on any page, field or annotation), every embedded file
 * and attachment annotation, XFA forms, the document information (author, creator) and XMP metadata are removed, and
 * the file is saved anew, which also drops earlier revisions kept by incremental updates.
 */
final class PdfCleaner {

    private static final Set<COSName> REMOVED_KEYS = Set.of(COSName.A, COSName.AA, COSName.OPEN_ACTION, COSName.JS,
            COSName.JAVA_SCRIPT, COSName.EMBEDDED_FILES, COSName.EF, COSName.METADATA, COSName.getPDFName("XFA"),
            COSName.getPDFName("RichMediaContent"), COSName.getPDFName("PieceInfo"), COSName.getPDFName("Next"));
    private static final Set<COSName> REMOVED_ANNOTATIONS = Set.of(COSName.getPDFName("FileAttachment"),
            COSName.getPDFName("Sound"), COSName.getPDFName("Movie"), COSName.getPDFName("Screen"),
            COSName.getPDFName("RichMedia"));

    private PdfCleaner() {
    }

    static byte[] clean(byte[] pdf) throws AttachmentInspector.Rejected {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() == 0) {
                throw new AttachmentInspector.Rejected("attachment.error.damaged");
            }
            // A file that opens without a password but has an owner password is saved without the encryption.
            document.setAllSecurityToBeRemoved(true);
            scrub(document.getDocumentCatalog().getCOSObject(), Collections.newSetFromMap(new IdentityHashMap<>()));
            document.setDocumentInformation(new PDDocumentInformation());
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        } catch (InvalidPasswordException e) {
            throw new AttachmentInspector.Rejected("attachment.error.pdfPassword");
        } catch (IOException | RuntimeException e) {
            throw new AttachmentInspector.Rejected("attachment.error.damaged");
        }
    }

    /** Walks every object reachable from the catalogue once, removing what may act or hide content. */
    private static void scrub(COSBase node, Set<COSBase> visited) {
        COSBase value = node instanceof COSObject reference ? reference.getObject() : node;
        if (value == null || !visited.add(value)) {
            return;
        }
        if (value instanceof COSDictionary dictionary) {
            REMOVED_KEYS.forEach(dictionary::removeItem);
            for (COSName key : dictionary.keySet().toArray(COSName[]::new)) {
                scrub(dictionary.getItem(key), visited);
            }
        } else if (value instanceof COSArray array) {
            for (int k = array.size() - 1; k >= 0; k--) {
                COSBase element = array.get(k);
                if (isRemovedAnnotation(element)) {
                    array.remove(k);
                } else {
                    scrub(element, visited);
                }
            }
        }
    }

    private static boolean isRemovedAnnotation(COSBase element) {
        COSBase value = element instanceof COSObject reference ? reference.getObject() : element;
        if (!(value instanceof COSDictionary dictionary)) {
            return false;
        }
        COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
        return subtype != null && REMOVED_ANNOTATIONS.contains(subtype);
    }
}

package id.sp4n.portal.complaint.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.sp4n.portal.complaint.handling.TrackedComplaint;
import id.sp4n.portal.shared.DisplayDates;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The receipt of a complaint as a one-page A4 PDF (Apache PDFBox, Liberation Sans embedded so any name prints):
 * the tracking number, what was filed and where it is now, the public tracking address and — only for the reporter's
 * own view — the private link. Never the reporter's name or contact: a printed receipt gets passed around.
 */
@Component
class ReceiptPdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float LABEL_WIDTH = 150;

    private final MessageSource messages;
    private final DisplayDates dates;
    private final Clock clock;

    ReceiptPdf(MessageSource messages, DisplayDates dates, Clock clock) {
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    /** {@code trackingUrl}: the public page; {@code privateLink}: null unless the reader proved to be the reporter. */
    byte[] render(TrackedComplaint complaint, TrackingController.Names names, ProgressLine progress,
                  String trackingUrl, String privateLink, Locale locale) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            Writer out = new Writer(document, page);
            out.text(text("receipt.portal", locale), out.regular, 10);
            out.text(text("receipt.heading", locale), out.bold, 18);
            out.space(8);
            out.text(text("receipt.number", locale), out.regular, 11);
            out.text(complaint.number().display(), out.bold, 24);
            out.space(10);
            out.row(text("intake.field.type", locale), text("report.type." + complaint.type(), locale));
            out.row(text("intake.field.title", locale), complaint.title());
            out.row(text("tracking.submittedAt", locale), dates.moment(complaint.submittedAt()));
            out.row(text("tracking.category", locale), names.category() == null ? text("tracking.noCategory", locale)
                    : names.category());
            out.row(text("tracking.location", locale), (names.district() == null ? "" : names.district() + ", ")
                    + names.regency() + ", " + names.province());
            out.row(text("tracking.door", locale), names.door());
            out.row(text("receipt.status", locale), text("status." + complaint.status(), locale));
            out.row(text("tracking.currentAgency", locale), names.current() == null
                    ? text("tracking.routing", locale) : names.current());
            if (progress != null && progress.dueKey() != null) {
                out.row(text("receipt.due", locale), messages.getMessage(progress.dueKey(),
                        new Object[] {dates.date(progress.dueOn())}, locale));
            }
            out.space(12);
            out.text(text("receipt.track", locale), out.bold, 11);
            out.wrapped(trackingUrl, out.regular, 11, WIDTH);
            if (privateLink != null) {
                out.space(8);
                out.text(text("receipt.private", locale), out.bold, 11);
                out.wrapped(privateLink, out.regular, 10, WIDTH);
            }
            out.space(16);
            out.wrapped(messages.getMessage("receipt.footer", new Object[] {dates.moment(clock.instant())}, locale),
                    out.regular, 9, WIDTH);
            out.close();
            document.getDocumentInformation().setTitle(text("receipt.heading", locale) + " "
                    + complaint.number().display());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** Lines top to bottom on one page, with label/value rows and word wrapping. */
    private static final class Writer {

        final PDType0Font regular;
        final PDType0Font bold;
        private final PDPageContentStream stream;
        private float y = PDRectangle.A4.getHeight() - MARGIN;

        Writer(PDDocument document, PDPage page) throws IOException {
            regular = font(document, "/liberation/LiberationSans-Regular.ttf");
            bold = font(document, "/liberation/LiberationSans-Bold.ttf");
            stream = new PDPageContentStream(document, page);
        }

        private static PDType0Font font(PDDocument document, String resource) throws IOException {
            try (InputStream in = ReceiptPdf.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("Font missing from the classpath: " + resource);
                }
                return PDType0Font.load(document, in);
            }
        }

        void text(String line, PDType0Font font, float size) throws IOException {
            wrapped(line, font, size, WIDTH);
        }

        void row(String label, String value) throws IOException {
            float top = y;
            List<String> labelLines = lines(label, bold, 11, LABEL_WIDTH - 8);
            List<String> valueLines = lines(value == null ? "—" : value, regular, 11, WIDTH - LABEL_WIDTH);
            for (int i = 0; i < labelLines.size(); i++) {
                show(labelLines.get(i), bold, 11, MARGIN, top - 14 * (i + 1));
            }
            for (int i = 0; i < valueLines.size(); i++) {
                show(valueLines.get(i), regular, 11, MARGIN + LABEL_WIDTH, top - 14 * (i + 1));
            }
            y = top - 14 * Math.max(labelLines.size(), valueLines.size()) - 4;
        }

        void wrapped(String text, PDType0Font font, float size, float width) throws IOException {
            for (String line : lines(text, font, size, width)) {
                y -= size * 1.3f;
                show(line, font, size, MARGIN, y);
            }
        }

        void space(float points) {
            y -= points;
        }

        void close() throws IOException {
            stream.close();
        }

        private void show(String line, PDType0Font font, float size, float x, float baseline) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(line);
            stream.endText();
        }

        /** Greedy word wrap; a word longer than the line (a link) is cut by characters. */
        private static List<String> lines(String text, PDType0Font font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : printable(text, font).split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line = new StringBuilder(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                line = new StringBuilder();
                for (int i = 0; i < word.length(); ) {
                    int cp = word.codePointAt(i);
                    String next = line + new String(Character.toChars(cp));
                    if (width(next, font, size) > width && !line.isEmpty()) {
                        lines.add(line.toString());
                        line = new StringBuilder();
                    }
                    line.appendCodePoint(cp);
                    i += Character.charCount(cp);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines.isEmpty() ? List.of("") : lines;
        }

        private static float width(String text, PDType0Font font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** Characters the font has no glyph for (emoji, other scripts) print as "?"; line breaks as spaces. */
        private static String printable(String text, PDType0Font font) {
            StringBuilder clean = new StringBuilder();
            text.replaceAll("\\s+", " ").codePoints().forEach(cp -> {
                try {
                    if (font.hasGlyph(cp)) {
                        clean.appendCodePoint(cp);
                        return;
                    }
                } catch (IOException e) {
                    // treated as missing below
                }
                clean.append('?');
            });
            return clean.toString();
        }
    }
}

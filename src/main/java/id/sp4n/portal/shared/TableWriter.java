package id.sp4n.portal.shared;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table written row by row straight to the response, as CSV or XLSX: what has been written is sent and forgotten,
 * so an export of any size runs in flat memory.
 */
public interface TableWriter extends AutoCloseable {

    void row(List<?> cells) throws IOException;

    @Override
    void close() throws IOException;

    /** The formats an export can be asked for, by the {@code format} parameter's value. */
    enum Format {
        CSV("text/csv;charset=UTF-8"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public TableWriter open(OutputStream out, String sheet) {
            return this == CSV ? new Csv(out) : new Xlsx(out, sheet);
        }
    }

    /** UTF-8 with a byte-order mark (so spreadsheet programs read Indonesian names right), formulas neutralised. */
    final class Csv implements TableWriter {

        private final BufferedWriter out;

        Csv(OutputStream stream) {
            this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            try {
                out.write('\uFEFF');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(List<?> cells) throws IOException {
            String[] values = new String[cells.size()];
            for (int i = 0; i < values.length; i++) {
                Object cell = cells.get(i);
                values[i] = cell == null ? "" : cell.toString();
            }
            out.write(CsvFile.row(values));
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** One worksheet; numbers stay numbers, dates are written as ISO text (yyyy-mm-dd), like the CSV. */
    final class Xlsx implements TableWriter {

        private static final int FLUSH_EVERY = 1000;

        private final Workbook workbook;
        private final Worksheet sheet;
        private int row;

        Xlsx(OutputStream stream, String sheetName) {
            this.workbook = new Workbook(stream, "SP4N-LAPOR", "1.0");
            this.sheet = workbook.newWorksheet(sheetName);
        }

        @Override
        public void row(List<?> cells) throws IOException {
            for (int column = 0; column < cells.size(); column++) {
                Object cell = cells.get(column);
                switch (cell) {
                    case null -> { }
                    case Number number -> sheet.value(row, column, number);
                    case Boolean bool -> sheet.value(row, column, bool);
                    default -> sheet.value(row, column, cell.toString());
                }
            }
            if (++row % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }

        @Override
        public void close() throws IOException {
            workbook.finish();
        }
    }
}

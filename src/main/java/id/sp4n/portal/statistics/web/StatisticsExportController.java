package id.sp4n.portal.statistics.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.sp4n.portal.shared.ReadsFromReplica;
import id.sp4n.portal.shared.TableWriter;
import id.sp4n.portal.statistics.ComplaintRows;
import id.sp4n.portal.statistics.Figure;
import id.sp4n.portal.statistics.StatisticsFigures;
import id.sp4n.portal.statistics.StatisticsFigures.Dimension;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Any public view as a file ({@code /statistik/ekspor}): its figures ({@code isi=angka}) or the complaints behind
 * them ({@code isi=laporan}, one row each, open data; {@code ukuran}: only those behind one headline figure), as CSV or XLSX ({@code format}), for the agency
 * ({@code instansi}, none: the nation) and period ({@code dari}, {@code sampai}) the page shows. Written to the
 * response as it is read, never confidential complaints. Everything asked is checked before the first byte.
 */
@Controller
class StatisticsExportController {

    private final ViewRequests requests;
    private final StatisticsFigures figures;
    private final ComplaintRows complaints;
    private final MessageSource messages;

    StatisticsExportController(ViewRequests requests, StatisticsFigures figures, ComplaintRows complaints,
                               MessageSource messages) {
        this.requests = requests;
        this.figures = figures;
        this.complaints = complaints;
        this.messages = messages;
    }

    enum Content {
        ANGKA, LAPORAN
    }

    @ReadsFromReplica
    @GetMapping("/statistik/ekspor")
    void export(@RequestParam(required = false) String instansi, @RequestParam(required = false) String dari,
                @RequestParam(required = false) String sampai, @RequestParam(defaultValue = "csv") String format,
                @RequestParam(defaultValue = "angka") String isi, @RequestParam(defaultValue = "received") String ukuran,
                HttpServletResponse response, Locale locale) throws IOException {
        TableWriter.Format chosenFormat = id.sp4n.portal.shared.FormInput.choice(TableWriter.Format.class, format, "statistics.error.format");
        Content content = id.sp4n.portal.shared.FormInput.choice(Content.class, isi, "statistics.error.content");
        String figureKey = ViewRequests.figureKey(ukuran);
        ViewRequests.View view = requests.resolve(instansi, dari, sampai);
        String name = "statistik-" + view.agency().code().replace('/', '_') + "-" + view.from() + "-" + view.to()
                + "-" + content.name().toLowerCase() + "." + chosenFormat.extension();
        response.setContentType(chosenFormat.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                .toString());
        try (TableWriter table = chosenFormat.open(response.getOutputStream(), "Statistik")) {
            if (content == Content.LAPORAN) {
                table.row(ComplaintRows.COLUMNS);
                complaints.each(view.publicScope(), figureKey, row -> write(table, row.cells()));
            } else {
                writeFigures(table, figures.overview(view.publicScope(), StatisticsController.SHOWN), locale);
            }
        }
    }

    /**
     * One row per number the page shows: its key (defined on the method page), its label, the value as the page
     * gives it (a count, a percentage with one decimal, a mean with two; empty when too few), and what it rests on.
     */
    private void writeFigures(TableWriter table, StatisticsFigures.Overview overview, Locale locale)
            throws IOException {
        table.row(List.of("key", label("statistics.column.measure", locale), label("statistics.column.value", locale),
                "count", "base", "too_few"));
        for (Figure figure : overview.headline()) {
            table.row(Arrays.asList(figure.key(), label("statistics.figure." + figure.key(), locale), figure.value(),
                    figure.count(), figure.base(), figure.tooFew()));
        }
        for (Map.Entry<String, int[]> duration : overview.durations().entrySet()) {
            int[] values = duration.getValue();
            String label = label("statistics.figure." + duration.getKey(), locale);
            table.row(Arrays.asList(duration.getKey() + ".median", label + " — "
                    + label("statistics.column.median", locale), values == null ? null : values[0], null, null,
                    values == null));
            table.row(Arrays.asList(duration.getKey() + ".p90", label + " — " + label("statistics.column.p90", locale),
                    values == null ? null : values[1], null, null, values == null));
        }
        for (Map.Entry<Dimension, Map<String, Long>> breakdown : overview.breakdowns().entrySet()) {
            String dimension = breakdown.getKey().name().toLowerCase();
            for (Map.Entry<String, Long> value : breakdown.getValue().entrySet()) {
                table.row(Arrays.asList(dimension + "." + value.getKey(), dimension + ": " + value.getKey(),
                        value.getValue(), value.getValue(), null, false));
            }
        }
    }

    private static void write(TableWriter table, List<Object> cells) {
        try {
            table.row(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String label(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

}

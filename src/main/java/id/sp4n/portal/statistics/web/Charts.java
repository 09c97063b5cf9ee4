package id.sp4n.portal.statistics.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

import id.sp4n.portal.statistics.StatisticsFigures.MonthPoint;

/**
 * The pictures of a statistics page, drawn on the server as SVG: no script, nothing from the internet, and the
 * numbers they draw are always the table printed under them (the accessible and the exact version).
 */
final class Charts {

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    /** Room left of the plot for the scale, below it for the month labels. */
    static final int LEFT = 48;
    static final int BOTTOM = 28;
    static final int BAR_HEIGHT = 18;
    static final int BAR_GAP = 6;
    static final int LABEL_WIDTH = 220;

    private Charts() {
    }

    /** A line per measure over the months; y grows upward from zero to the largest value. */
    record LineChart(long max, List<Line> lines, List<Tick> months) {
    }

    record Line(String measure, String points) {
    }

    record Tick(double x, String label) {
    }

    /** Bars across, longest for the largest value; {@code width} in pixels of the plot area. */
    record BarChart(int height, List<Bar> bars) {
    }

    record Bar(String label, long value, String shown, double width, int y) {
    }

    static LineChart trend(List<MonthPoint> months, Locale locale) {
        long max = Math.max(1, months.stream().mapToLong(MonthPoint::received).max().orElse(0));
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yy", locale);
        List<Tick> ticks = new ArrayList<>();
        // At most twelve labels, so they never overlap.
        int every = Math.max(1, (months.size() + 11) / 12);
        for (int i = 0; i < months.size(); i += every) {
            ticks.add(new Tick(x(i, months.size()), months.get(i).month().format(format)));
        }
        return new LineChart(max, List.of(
                new Line("received", points(months, MonthPoint::received, max)),
                new Line("followedUp", points(months, MonthPoint::followedUp, max)),
                new Line("completed", points(months, MonthPoint::completed, max))), ticks);
    }

    static BarChart bars(List<Bar> unplaced) {
        long max = Math.max(1, unplaced.stream().mapToLong(Bar::value).max().orElse(0));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < unplaced.size(); i++) {
            Bar bar = unplaced.get(i);
            bars.add(new Bar(bar.label(), bar.value(), bar.shown(),
                    round((WIDTH - LABEL_WIDTH - 60) * (double) bar.value() / max), i * (BAR_HEIGHT + BAR_GAP)));
        }
        return new BarChart(Math.max(1, bars.size()) * (BAR_HEIGHT + BAR_GAP), bars);
    }

    static Bar bar(String label, long value, String shown) {
        return new Bar(label, value, shown, 0, 0);
    }

    private static String points(List<MonthPoint> months, ToLongFunction<MonthPoint> value, long max) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            double y = (HEIGHT - BOTTOM) * (1 - (double) value.applyAsLong(months.get(i)) / max);
            points.append(i == 0 ? "" : " ").append(round(x(i, months.size()))).append(',').append(round(y));
        }
        return points.toString();
    }

    private static double x(int index, int count) {
        return count == 1 ? LEFT + (WIDTH - LEFT) / 2.0 : LEFT + (WIDTH - LEFT - 10) * (double) index / (count - 1);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}

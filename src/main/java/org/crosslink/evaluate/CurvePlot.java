package org.crosslink.evaluate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The precision–recall curve as a PNG: recall across, precision up, a point a threshold, the configured threshold's
 * point marked, and the engine's own result (its clusterer on its links) beside it.
 */
final class CurvePlot {
    private CurvePlot() {
    }

    static void write(Path file, List<ThresholdCurve.Point> curve, double configured, PairwiseScore engine, String title)
            throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(600).title(title)
                .xAxisTitle("recall (pairwise)").yAxisTitle("precision (pairwise)").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS); // inside, it would hide the low end of a poor curve
        chart.getStyler().setDecimalPattern("0.0000");
        range(chart, curve, engine);
        XYSeries line = chart.addSeries(
                String.format("match thresholds from %s (right) to %s (left)", ThresholdCurve.LOWEST, ThresholdCurve.HIGHEST),
                curve.stream().mapToDouble(ThresholdCurve.Point::recall).toArray(),
                curve.stream().mapToDouble(ThresholdCurve.Point::precision).toArray());
        line.setMarker(SeriesMarkers.CIRCLE);
        ThresholdCurve.Point at = curve.stream().filter(p -> p.threshold() == configured).findFirst().orElseThrow();
        XYSeries mark = chart.addSeries("configured threshold " + configured, new double[] {at.recall()}, new double[] {at.precision()});
        mark.setMarker(SeriesMarkers.DIAMOND);
        mark.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        XYSeries resolved = chart.addSeries("engine as resolved", new double[] {engine.recall()}, new double[] {engine.precision()});
        resolved.setMarker(SeriesMarkers.CROSS);
        resolved.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        try (OutputStream out = Files.newOutputStream(file)) { // the path as given: saveBitmap(chart, name) would add ".png"
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
    }

    /**
     * Axes from a little below the lowest point up to 1: a good model's curve lives in a corner that a 0..1 chart
     * would squash to a dot, and a flat line (precision 1 at every threshold) would otherwise get an axis of one tick.
     */
    private static void range(XYChart chart, List<ThresholdCurve.Point> curve, PairwiseScore engine) {
        double minRecall = Math.min(engine.recall(), curve.stream().mapToDouble(ThresholdCurve.Point::recall).min().orElse(0));
        double minPrecision = Math.min(engine.precision(), curve.stream().mapToDouble(ThresholdCurve.Point::precision).min().orElse(0));
        double padRecall = Math.max(0.002, (1 - minRecall) * 0.1);
        double padPrecision = Math.max(0.002, (1 - minPrecision) * 0.1);
        chart.getStyler().setXAxisMin(Math.max(0, minRecall - padRecall));
        chart.getStyler().setXAxisMax(1.0);
        chart.getStyler().setYAxisMin(Math.max(0, minPrecision - padPrecision));
        chart.getStyler().setYAxisMax(1.0);
    }
}

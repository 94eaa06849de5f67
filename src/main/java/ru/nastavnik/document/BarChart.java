package ru.nastavnik.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A bar chart drawn by JFreeChart as a PNG for a PDF report: categories along the axis, one bar per series in each,
 * Russian text in the DejaVu font the documents embed (a server without fonts draws it the same).
 */
public final class BarChart {

	private static final Font FONT = font();

	private static final Color[] COLOURS = { new Color(120, 144, 180), new Color(214, 120, 60),
			new Color(110, 170, 110), new Color(160, 110, 170), new Color(200, 180, 80) };

	private final String title;

	private final String valueAxis;

	private final Map<String, Map<String, Number>> series = new LinkedHashMap<>();

	private BarChart(String title, String valueAxis) {
		this.title = title;
		this.valueAxis = valueAxis;
	}

	public static BarChart titled(String title, String valueAxis) {
		return new BarChart(title, valueAxis);
	}

	/** A series: its values by category, in the categories' order. */
	public BarChart series(String name, Map<String, ? extends Number> values) {
		series.put(name, new LinkedHashMap<>(values));
		return this;
	}

	/** The chart as a PNG of the given size in pixels. */
	public byte[] png(int width, int height) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		series.forEach((name, values) -> values.forEach((category, value) -> dataset.addValue(value, name, category)));
		StandardChartTheme theme = new StandardChartTheme("Наставник");
		theme.setExtraLargeFont(FONT.deriveFont(Font.BOLD, 16f));
		theme.setLargeFont(FONT.deriveFont(13f));
		theme.setRegularFont(FONT.deriveFont(11f));
		theme.setSmallFont(FONT.deriveFont(10f));
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setBarPainter(new StandardBarPainter());
		theme.setShadowVisible(false);
		ChartFactory.setChartTheme(theme);
		JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, dataset, PlotOrientation.VERTICAL,
				series.size() > 1, false, false);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
		plot.getDomainAxis().setMaximumCategoryLabelLines(3);
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		for (int i = 0; i < series.size(); i++) {
			renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ChartUtils.writeChartAsPNG(out, chart, width, height);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Не удалось нарисовать диаграмму «" + title + "»", e);
		}
	}

	private static Font font() {
		try (InputStream in = BarChart.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException e) {
			throw new IllegalStateException("Шрифт DejaVu Sans для диаграмм не прочитан", e);
		}
	}
}

package io.hotline.analytics.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * The reports' charts, drawn on the server (a PDF runs no JavaScript): a line of daily
 * volume and bars of the largest categories, as PNG data URIs, their Chinese labels in
 * the report font.
 */
final class ReportCharts {

	static final int LABEL_SIZE = 11;

	static final String FONT = "/fonts/NotoSansSC-Regular.ttf";

	static final int WIDTH = 720;

	private static final int HEIGHT = 260;

	/** The least space between two labels, in pixels. */
	private static final int GAP = 6;

	private static final Color BLUE = new Color(0x40, 0x9e, 0xff);

	private static volatile Font font;

	private ReportCharts() {
	}

	static String line(String title, List<String> labels, List<Long> values) {
		return draw(title, labels, values, false);
	}

	static String bars(String title, List<String> labels, List<Long> values) {
		return draw(title, labels, values, true);
	}

	private static String draw(String title, List<String> labels, List<Long> values, boolean bars) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.setColor(Color.DARK_GRAY);
		g.setFont(font().deriveFont(Font.PLAIN, 15f));
		g.drawString(title, 12, 22);
		int left = 50;
		int right = WIDTH - 16;
		int top = 40;
		int bottom = HEIGHT - (bars ? 60 : 36);
		long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
		g.setFont(font().deriveFont(Font.PLAIN, (float) LABEL_SIZE));
		g.setColor(new Color(0xeb, 0xee, 0xf5));
		for (int i = 0; i <= 4; i++) {
			int y = bottom - (bottom - top) * i / 4;
			g.drawLine(left, y, right, y);
			g.setColor(Color.GRAY);
			g.drawString(Long.toString(max * i / 4), 6, y + 4);
			g.setColor(new Color(0xeb, 0xee, 0xf5));
		}
		int n = Math.max(1, values.size());
		double step = (right - left) / (double) n;
		g.setColor(BLUE);
		g.setStroke(new BasicStroke(2f));
		int lastX = -1;
		int lastY = -1;
		for (int i = 0; i < values.size(); i++) {
			int x = (int) (left + step * i + step / 2);
			int y = (int) (bottom - (bottom - top) * (values.get(i) / (double) max));
			if (bars) {
				int w = (int) Math.max(2, step * 0.6);
				g.fillRect(x - w / 2, y, w, bottom - y);
			}
			else if (lastX >= 0) {
				g.drawLine(lastX, lastY, x, y);
			}
			lastX = x;
			lastY = y;
		}
		g.setColor(Color.DARK_GRAY);
		for (Label label : labels(g.getFontMetrics(), labels, left, step, bottom + 16, bars)) {
			g.drawString(label.text(), label.x(), label.baseline());
		}
		g.dispose();
		try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Where the labels under the axis go, none overlapping another: each centred under
	 * its point or bar, at most as wide as its slot less a gap. A bar's label too long
	 * for its slot is shortened with an ellipsis (住房和城乡建设… — the full names are in the
	 * report's tables); dates are never cut, and when they do not fit every one, only
	 * every second, third … is shown.
	 */
	static List<Label> labels(FontMetrics metrics, List<String> labels, int left, double step, int baseline,
			boolean bars) {
		for (int every = 1;; every++) {
			double slot = step * every - GAP;
			List<Label> placed = new java.util.ArrayList<>();
			boolean fits = true;
			for (int i = 0; i < labels.size() && fits; i += every) {
				String shown = bars ? shorten(metrics, labels.get(i), slot) : labels.get(i);
				int width = metrics.stringWidth(shown);
				fits = !shown.isEmpty() && width <= slot;
				int x = (int) Math.round(left + step * i + step / 2 - width / 2.0);
				placed.add(new Label(shown, x, baseline, width, metrics.getAscent() + metrics.getDescent()));
			}
			if (fits || every >= labels.size()) {
				return placed;
			}
		}
	}

	private static String shorten(FontMetrics metrics, String label, double width) {
		if (metrics.stringWidth(label) <= width) {
			return label;
		}
		for (int n = label.length() - 1; n > 0; n--) {
			String shown = label.substring(0, n) + "…";
			if (metrics.stringWidth(shown) <= width) {
				return shown;
			}
		}
		return "";
	}

	/** A label as drawn: its text, its left end, baseline, width and height in pixels. */
	record Label(String text, int x, int baseline, int width, int height) {

		boolean overlaps(Label other) {
			return this.x < other.x + other.width && other.x < this.x + this.width
					&& this.baseline - this.height < other.baseline && other.baseline - other.height < this.baseline;
		}

	}

	/** The report font, read once from the jar. */
	static Font font() {
		Font loaded = font;
		if (loaded == null) {
			try (InputStream in = ReportCharts.class.getResourceAsStream(FONT)) {
				if (in == null) {
					throw new IllegalStateException(FONT + " is not in the build: run ./mvnw generate-resources");
				}
				loaded = Font.createFont(Font.TRUETYPE_FONT, in);
				font = loaded;
			}
			catch (IOException | FontFormatException ex) {
				throw new IllegalStateException("the report font cannot be read", ex);
			}
		}
		return loaded;
	}

}

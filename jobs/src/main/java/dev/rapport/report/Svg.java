package dev.rapport.report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts drawn from plain numbers. Every label passes through {@link Html#escape}; the charts scale with
 * the page through their {@code viewBox}, carry an {@code aria-label}, and each mark has a {@code <title>} tooltip.
 */
final class Svg {
  private Svg() {}

  static final String ASK = "#c8611f";
  static final String GIVE = "#1f7a6d";
  static final String NEUTRAL = "#3d5a80";

  /** One series of a bar chart. */
  record Series(String name, String color, double[] values) {}

  private static String n(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  /**
   * Grouped vertical bars, one group per x label. Labels are thinned so that at most about 12 are printed; every
   * bar still has its tooltip.
   */
  static String bars(String ariaLabel, List<String> x, List<Series> series) {
    int groups = x.size();
    int k = Math.max(1, series.size());
    double max = 0;
    for (Series s : series) {
      for (double v : s.values()) {
        max = Math.max(max, v);
      }
    }
    double top = niceCeiling(max);
    double left = 40, right = 10, plotH = 160, topPad = 10, bottomPad = 34;
    // At least 320 units of plot so that two months do not shrink to a stamp, at most 640 before bars thin out.
    double groupW = Math.max(Math.max(8, 320.0 / Math.max(1, groups)), Math.min(80, 640.0 / Math.max(1, groups)));
    double width = left + right + groupW * groups;
    double height = topPad + plotH + bottomPad;
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"chart\" role=\"img\" width=\"").append(n(width))
        .append("\" height=\"").append(n(height))
        .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
        .append("\" aria-label=\"").append(Html.escape(ariaLabel)).append("\" preserveAspectRatio=\"xMinYMin meet\">");
    axes(b, left, topPad, plotH, width - right, top);
    double barW = Math.max(1, (groupW * 0.8) / k);
    for (int i = 0; i < groups; i++) {
      double gx = left + i * groupW + groupW * 0.1;
      for (int s = 0; s < series.size(); s++) {
        Series se = series.get(s);
        double v = i < se.values().length ? se.values()[i] : 0;
        double h = top <= 0 ? 0 : plotH * v / top;
        b.append("<rect x=\"").append(n(gx + s * barW)).append("\" y=\"").append(n(topPad + plotH - h))
            .append("\" width=\"").append(n(Math.max(0.5, barW - 1))).append("\" height=\"").append(n(h))
            .append("\" fill=\"").append(se.color()).append("\"><title>").append(Html.escape(x.get(i)))
            .append(": ").append(fmt(v)).append(' ').append(Html.escape(se.name())).append("</title></rect>");
      }
      int every = Math.max(1, (int) Math.ceil(groups / 12.0));
      if (i % every == 0) {
        b.append("<text class=\"tick\" x=\"").append(n(left + i * groupW + groupW / 2)).append("\" y=\"")
            .append(n(topPad + plotH + 14)).append("\" text-anchor=\"middle\">").append(Html.escape(cut(x.get(i), 10)))
            .append("</text>");
      }
    }
    legend(b, series, left, height - 6);
    return b.append("</svg>").toString();
  }

  /** A line of points over x labels, for a series such as distinct contacts per month. */
  static String line(String ariaLabel, List<String> x, double[] values, String name) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    double top = niceCeiling(max);
    double left = 40, right = 10, plotH = 140, topPad = 10, bottomPad = 24;
    double step = Math.max(Math.max(8, 320.0 / Math.max(1, x.size())), Math.min(80, 640.0 / Math.max(1, x.size())));
    double width = left + right + step * Math.max(1, x.size());
    StringBuilder b = new StringBuilder();
    double height = topPad + plotH + bottomPad;
    b.append("<svg class=\"chart\" role=\"img\" width=\"").append(n(width))
        .append("\" height=\"").append(n(height))
        .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
        .append("\" aria-label=\"").append(Html.escape(ariaLabel))
        .append("\" preserveAspectRatio=\"xMinYMin meet\">");
    axes(b, left, topPad, plotH, width - right, top);
    StringBuilder pts = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    int every = Math.max(1, (int) Math.ceil(x.size() / 12.0));
    for (int i = 0; i < x.size(); i++) {
      double cx = left + i * step + step / 2;
      double cy = topPad + plotH - (top <= 0 ? 0 : plotH * values[i] / top);
      pts.append(n(cx)).append(',').append(n(cy)).append(' ');
      dots.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"3\" fill=\"")
          .append(NEUTRAL).append("\"><title>").append(Html.escape(x.get(i))).append(": ").append(fmt(values[i]))
          .append(' ').append(Html.escape(name)).append("</title></circle>");
      if (i % every == 0) {
        dots.append("<text class=\"tick\" x=\"").append(n(cx)).append("\" y=\"").append(n(topPad + plotH + 14))
            .append("\" text-anchor=\"middle\">").append(Html.escape(cut(x.get(i), 10))).append("</text>");
      }
    }
    b.append("<polyline fill=\"none\" stroke=\"").append(NEUTRAL).append("\" stroke-width=\"2\" points=\"")
        .append(pts.toString().strip()).append("\"/>").append(dots);
    return b.append("</svg>").toString();
  }

  /** One event on a contact's timeline. */
  record Event(Instant at, boolean sent, String kind) {}

  /** One row of a relationship timeline. */
  record Row(String label, List<Event> events) {}

  /**
   * Rows of dots on a shared time axis: filled for what the owner sent, hollow for what they received. Long gaps
   * are what the reader should notice, so the axis is linear in time.
   */
  static String timelines(String ariaLabel, List<Row> rows, Instant from, Instant to) {
    double labelW = 170, right = 14, plotW = 560, rowH = 24, topPad = 8, bottom = 40;
    double height = topPad + rowH * rows.size() + bottom;
    double width = labelW + plotW + right;
    double span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"chart\" role=\"img\" width=\"").append(n(width))
        .append("\" height=\"").append(n(height))
        .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
        .append("\" aria-label=\"").append(Html.escape(ariaLabel)).append("\" preserveAspectRatio=\"xMinYMin meet\">");
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      double y = topPad + r * rowH + rowH / 2;
      b.append("<text class=\"rowlabel\" x=\"").append(n(labelW - 8)).append("\" y=\"").append(n(y + 4))
          .append("\" text-anchor=\"end\">").append(Html.escape(cut(row.label(), 26))).append("</text>")
          .append("<line x1=\"").append(n(labelW)).append("\" x2=\"").append(n(labelW + plotW)).append("\" y1=\"")
          .append(n(y)).append("\" y2=\"").append(n(y)).append("\" class=\"grid\"/>");
      for (Event e : row.events()) {
        double cx = labelW + plotW * (e.at().getEpochSecond() - from.getEpochSecond()) / span;
        b.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(y)).append("\" r=\"4.5\" ")
            .append(e.sent() ? "fill=\"" + GIVE + "\""
                : "fill=\"#fff\" stroke=\"" + NEUTRAL + "\" stroke-width=\"1.5\"")
            .append("><title>").append(Text.shortDay(e.at())).append(' ').append(e.sent() ? "you wrote" : "they wrote")
            .append(e.kind() == null || e.kind().isBlank() ? "" : " (" + Html.escape(cut(e.kind(), 40)) + ")")
            .append("</title></circle>");
      }
    }
    double axisY = topPad + rowH * rows.size() + 14;
    b.append("<text class=\"tick\" x=\"").append(n(labelW)).append("\" y=\"").append(n(axisY)).append("\">")
        .append(Text.shortDay(from)).append("</text><text class=\"tick\" x=\"").append(n(labelW + plotW))
        .append("\" y=\"").append(n(axisY)).append("\" text-anchor=\"end\">").append(Text.shortDay(to))
        .append("</text>");
    legend(b, List.of(new Series("you wrote", GIVE, new double[0]), new Series("they wrote", "#fff", new double[0])),
        labelW, height - 6);
    return b.append("</svg>").toString();
  }

  /** A small histogram of scores 0..1 in ten bins, for the cohort's distribution of one pattern. */
  static String distribution(String ariaLabel, int[] bins, int notAssessable) {
    double w = 150, h = 46, barW = w / bins.length;
    int max = 1;
    for (int c : bins) {
      max = Math.max(max, c);
    }
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"dist\" role=\"img\" viewBox=\"0 0 ").append(n(w)).append(' ').append(n(h + 12))
        .append("\" aria-label=\"").append(Html.escape(ariaLabel)).append("\">");
    for (int i = 0; i < bins.length; i++) {
      double bh = h * bins[i] / max;
      b.append("<rect x=\"").append(n(i * barW)).append("\" y=\"").append(n(h - bh)).append("\" width=\"")
          .append(n(barW - 1)).append("\" height=\"").append(n(bh)).append("\" fill=\"").append(Heat.color(
              (i + 0.5) / bins.length)).append("\"><title>scores ").append(fmt(i / 10.0)).append("\u2013")
          .append(fmt((i + 1) / 10.0)).append(": ").append(bins[i]).append(bins[i] == 1 ? " person" : " people")
          .append("</title></rect>");
    }
    b.append("<text class=\"tick\" x=\"0\" y=\"").append(n(h + 11)).append("\">0</text><text class=\"tick\" x=\"")
        .append(n(w)).append("\" y=\"").append(n(h + 11)).append("\" text-anchor=\"end\">1</text>");
    if (notAssessable > 0) {
      b.append("<text class=\"tick\" x=\"").append(n(w / 2)).append("\" y=\"").append(n(h + 11))
          .append("\" text-anchor=\"middle\">").append(notAssessable).append(" n/a</text>");
    }
    return b.append("</svg>").toString();
  }

  private static void axes(StringBuilder b, double left, double topPad, double plotH, double rightX, double top) {
    for (int i = 0; i <= 2; i++) {
      double y = topPad + plotH - plotH * i / 2;
      b.append("<line x1=\"").append(n(left)).append("\" x2=\"").append(n(rightX)).append("\" y1=\"").append(n(y))
          .append("\" y2=\"").append(n(y)).append("\" class=\"grid\"/><text class=\"tick\" x=\"").append(n(left - 4))
          .append("\" y=\"").append(n(y + 4)).append("\" text-anchor=\"end\">").append(fmt(top * i / 2))
          .append("</text>");
    }
  }

  private static void legend(StringBuilder b, List<Series> series, double x, double y) {
    double at = x;
    for (Series s : series) {
      b.append("<rect x=\"").append(n(at)).append("\" y=\"").append(n(y - 9))
          .append("\" width=\"10\" height=\"10\" fill=\"").append(s.color()).append("\" stroke=\"").append(NEUTRAL)
          .append("\" stroke-width=\"0.5\"/><text class=\"tick\" x=\"").append(n(at + 14)).append("\" y=\"")
          .append(n(y)).append("\">").append(Html.escape(s.name())).append("</text>");
      at += 24 + 7 * s.name().length();
    }
  }

  static double niceCeiling(double max) {
    if (max <= 0) {
      return 1;
    }
    double mag = Math.pow(10, Math.floor(Math.log10(max)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * mag >= max) {
        return m * mag;
      }
    }
    return 10 * mag;
  }

  static String fmt(double v) {
    if (Math.abs(v) >= 1e15) {
      return String.format(Locale.ROOT, "%.3g", v);
    }
    if (v == Math.rint(v)) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.2f", v).replaceAll("\\.?0+$", "");
  }

  static String cut(String s, int max) {
    return Text.excerpt(s, max);
  }
}

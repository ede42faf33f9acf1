package dev.rapport.report;

import java.util.Locale;

/** The heat-map colour scale shared by score cells and distributions: pale for 0, deep red-orange for 1. */
final class Heat {
  private Heat() {}

  /** An {@code #rrggbb} colour for a score within 0..1 (clamped). */
  static String color(double score) {
    double t = Math.max(0, Math.min(1, score));
    int r = (int) Math.round(255 + (178 - 255) * t);
    int g = (int) Math.round(247 + (34 - 247) * t);
    int b = (int) Math.round(236 + (34 - 236) * t);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  /** Text colour that stays readable on {@link #color}. */
  static String ink(double score) {
    return score > 0.55 ? "#ffffff" : "#1b1b1b";
  }
}

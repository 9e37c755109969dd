package dev.esrlink.status;

import java.util.List;

/** Small inline SVG charts: bars with their values, and a line of percentages over time. */
final class Charts {
  private Charts() {}

  /** One bar. */
  record Bar(String label, int value) {}

  /** Vertical bars (files per day): labels every few bars, values on non-zero bars. */
  static String columns(String title, List<Bar> bars, int labelEvery) {
    int width = Math.max(300, bars.size() * 22 + 40);
    int height = 150;
    int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
    StringBuilder svg = open(title, width, height);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int h = Math.round(100f * bar.value() / max);
      int x = 30 + i * 22;
      svg.append(
          "<rect x=\""
              + x
              + "\" y=\""
              + (120 - h)
              + "\" width=\"16\" height=\""
              + h
              + "\" fill=\"#005eb8\"><title>"
              + Html.esc(bar.label() + ": " + bar.value())
              + "</title></rect>");
      if (bar.value() > 0) {
        svg.append(text(x + 8, 116 - h, "middle", Integer.toString(bar.value())));
      }
      if (i % labelEvery == 0) {
        svg.append(text(x + 8, 136, "middle", bar.label()));
      }
    }
    return svg.append("</svg>").toString();
  }

  /** Horizontal bars (placements by stage), label left, value right. */
  static String rows(String title, List<Bar> bars) {
    int height = bars.size() * 24 + 12;
    int width = 460;
    int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
    StringBuilder svg = open(title, width, height);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = 8 + i * 24;
      int w = Math.round(220f * bar.value() / max);
      svg.append(text(170, y + 13, "end", bar.label()));
      svg.append(
          "<rect x=\"178\" y=\""
              + y
              + "\" width=\""
              + w
              + "\" height=\"16\" fill=\"#005eb8\">"
              + "<title>"
              + Html.esc(bar.label() + ": " + bar.value())
              + "</title></rect>");
      svg.append(text(184 + w, y + 13, "start", Integer.toString(bar.value())));
    }
    return svg.append("</svg>").toString();
  }

  /** A line of percentages (matched share over time), one point per day recorded. */
  static String percentLine(String title, List<Bar> points) {
    int width = 460;
    int height = 150;
    StringBuilder svg = open(title, width, height);
    svg.append(text(26, 24, "end", "100%")).append(text(26, 124, "end", "0%"));
    svg.append("<line x1=\"30\" y1=\"120\" x2=\"450\" y2=\"120\" stroke=\"#aeb7bd\"/>");
    StringBuilder line = new StringBuilder();
    int n = points.size();
    for (int i = 0; i < n; i++) {
      int x = n == 1 ? 240 : 30 + Math.round(420f * i / (n - 1));
      int y = 120 - points.get(i).value();
      line.append(x).append(',').append(y).append(' ');
      svg.append(
          "<circle cx=\""
              + x
              + "\" cy=\""
              + y
              + "\" r=\"3\" fill=\"#007f3b\"><title>"
              + Html.esc(points.get(i).label() + ": " + points.get(i).value() + "%")
              + "</title></circle>");
    }
    svg.append(
        "<polyline fill=\"none\" stroke=\"#007f3b\" stroke-width=\"2\" points=\""
            + line.toString().trim()
            + "\"/>");
    if (n > 0) {
      svg.append(text(30, 140, "start", points.get(0).label()));
      svg.append(text(450, 140, "end", points.get(n - 1).label()));
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String title, int width, int height) {
    return new StringBuilder(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\""
            + width
            + "\" height=\""
            + height
            + "\" viewBox=\"0 0 "
            + width
            + " "
            + height
            + "\" font-family=\"Arial,Helvetica,sans-serif\" font-size=\"10\"><title>"
            + Html.esc(title)
            + "</title>");
  }

  private static String text(int x, int y, String anchor, String content) {
    return "<text x=\""
        + x
        + "\" y=\""
        + y
        + "\" text-anchor=\""
        + anchor
        + "\">"
        + Html.esc(content)
        + "</text>";
  }
}

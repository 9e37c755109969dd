package dev.esrlink.status;

/** A small HTML writer: every text goes through {@link #esc}. */
final class Html {
  private final StringBuilder out = new StringBuilder(64 * 1024);

  static String esc(Object value) {
    String text = value == null ? "" : value.toString();
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** An anchor id from any identifier: ASCII letters, digits, - and _ kept, others coded. */
  static String id(String prefix, String identifier) {
    StringBuilder id = new StringBuilder(prefix);
    for (char c : identifier.toCharArray()) {
      boolean kept = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_');
      id.append(kept ? String.valueOf(c) : "." + (int) c + ".");
    }
    return id.toString();
  }

  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  Html text(Object value) {
    out.append(esc(value));
    return this;
  }

  Html tag(String name, Object content) {
    return raw("<" + name + ">").text(content).raw("</" + name.split(" ")[0] + ">");
  }

  /** A table cell holding a figure, marked for tools with {@code data-figure}. */
  Html figure(String name, Object value) {
    return raw("<td class=\"n\" data-figure=\"" + esc(name) + "\">").text(value).raw("</td>");
  }

  Html link(String href, Object text) {
    return raw("<a href=\"" + esc(href) + "\">").text(text).raw("</a>");
  }

  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + esc(title)
        + "</title><style>"
        + STYLE
        + "</style></head><body>"
        + body
        + "</body></html>\n";
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private static final String STYLE =
      "body{font-family:Arial,Helvetica,sans-serif;margin:1.5em;color:#212b32;max-width:72em}"
          + "h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:2px solid"
          + " #005eb8}h3{font-size:1.05em}table{border-collapse:collapse;margin:.5em 0}"
          + "th,td{border:1px solid #d8dde0;padding:.25em .6em;text-align:left;"
          + "vertical-align:top}th{background:#f0f4f5}td.n{text-align:right}"
          + ".tiles{display:flex;flex-wrap:wrap;gap:.8em}.tile{border:1px solid #d8dde0;"
          + "padding:.5em 1em;min-width:9em}.tile b{display:block;font-size:1.6em}"
          + ".chain td:first-child{white-space:nowrap}.no{color:#d5281b}.yes{color:#007f3b}"
          + "a{color:#005eb8}svg{background:#fafbfb;border:1px solid #e8edee}"
          + ".muted{color:#4c6272}section.detail{border-top:1px dashed #d8dde0;margin-top:1em}";
}

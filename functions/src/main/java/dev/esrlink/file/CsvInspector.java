package dev.esrlink.file;

import dev.esrlink.core.Text;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** First pass over a LETB CSV file: the column line holds every required column. */
final class CsvInspector {
  /**
   * An unknown column is named in a warning only when its name looks like a column name: any other
   * text may be data pasted into the column line, and warnings go into the file report.
   */
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z_]{0,37}[0-9]{0,2}");

  private CsvInspector() {}

  static Inspection inspect(FileName name, ByteScan bytes, InputStream in, ReadLimits limits) {
    Inspection draft = new Inspection(name, bytes, null, null, 0, 0, List.of(), PositionIds.NONE);
    RecordLayout layout = Layouts.require(name.type().name());
    try (CsvTokenizer tokens =
        new CsvTokenizer(in, draft.charset(), limits, bytes.mayExceed(limits))) {
      if (!tokens.hasNext()) {
        throw new FileRejectedException("file has no column line");
      }
      List<String> warnings = new ArrayList<>();
      List<String> names = tokens.next().fields();
      for (String column : names) {
        if (column.indexOf('\n') >= 0 || column.indexOf('\r') >= 0) {
          throw new FileRejectedException(
              "the column line holds a line break: check for an unclosed quote on line 1");
        }
      }
      Map<String, Integer> columns = columns(names, layout, warnings);
      for (FieldSpec required : layout.requiredFields()) {
        if (!columns.containsKey(required.name())) {
          throw new FileRejectedException("required column " + required.name() + " is missing");
        }
      }
      long data = 0;
      while (tokens.hasNext()) {
        tokens.next();
        data++;
      }
      return new Inspection(
          name, bytes, null, columns, names.size(), data, List.copyOf(warnings), PositionIds.NONE);
    }
  }

  private static Map<String, Integer> columns(
      List<String> names, RecordLayout layout, List<String> warnings) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String column = Text.clean(names.get(i));
      String field = column == null ? null : fieldNamed(layout, column);
      if (field == null) {
        warnings.add(
            "unknown column "
                + (column == null
                    ? "(empty) at position " + (i + 1)
                    : PLAIN_NAME.matcher(column).matches() ? column : "at position " + (i + 1))
                + " ignored");
      } else if (columns.putIfAbsent(field, i) != null) {
        warnings.add("column " + field + " appears twice; the first is used");
      }
    }
    return columns;
  }

  private static String fieldNamed(RecordLayout layout, String column) {
    for (String name : layout.fieldNames()) {
      if (name.equalsIgnoreCase(column)) {
        return name;
      }
    }
    return null;
  }
}

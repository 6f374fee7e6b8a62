package com.shopagent.http.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a CSV file with a header row (quoted, multi-line fields allowed) into text records. */
public final class LabelledCsv {
  private LabelledCsv() {}

  /** {@code labelColumn} null: every row gets {@code fixedLabel}. */
  public static List<TextRecord> read(Path file, String textColumn, String labelColumn, String fixedLabel) {
    CsvMapper mapper = new CsvMapper();
    List<TextRecord> out = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
      int row = 1;
      while (rows.hasNext()) {
        Map<String, String> r = rows.next();
        row++;
        String text = r.get(textColumn);
        if (text == null) {
          throw new BadInput(file + " row " + row + ": no column \"" + textColumn + "\"");
        }
        String label = labelColumn == null ? fixedLabel : r.get(labelColumn);
        out.add(new TextRecord(String.valueOf(row), text, label, null));
      }
    } catch (IOException e) {
      throw new BadInput("cannot read " + file + " as CSV: " + e.getMessage());
    }
    return List.copyOf(out);
  }
}

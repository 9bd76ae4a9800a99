package org.variatlas.app.areas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.sdk.io.CsvReader;
import org.variatlas.sdk.io.CsvRow;

/**
 * One SKDE mapping file: a row per kommune or bydel with area codes in named columns. Kommune
 * numbers lose their leading zeros there ({@code 301}), bydel numbers too ({@code 30112}); {@code
 * .} and empty cells are missing values.
 */
final class MappingTable {

  private final String name;
  private final Map<String, CsvRowValues> rows;

  private record CsvRowValues(long line, Map<String, String> values) {}

  private MappingTable(String name, Map<String, CsvRowValues> rows) {
    this.name = name;
    this.rows = rows;
  }

  static MappingTable read(Path dataDir, String relative, Set<String> units, Consumer<Path> hash) {
    Path file = dataDir.resolve(relative).normalize();
    if (!Files.isRegularFile(file)) {
      throw new PackException("mapping file " + relative + " not found in " + dataDir);
    }
    hash.accept(file);
    Map<String, CsvRowValues> rows = new HashMap<>();
    try (CsvReader csv = CsvReader.open(file, relative, ';')) {
      csv.requireColumns("komnr", "bydel");
      for (CsvRow row : csv) {
        String komnr = row.get("komnr");
        if (komnr == null || !komnr.chars().allMatch(Character::isDigit)) {
          continue; // comment rows and the lone "Indre Oslo" row
        }
        String bydel = row.get("bydel");
        String unit = bydel == null ? pad(komnr, 4) : pad(bydel, 6);
        if (!units.contains(unit)) {
          continue; // Oslo as a whole, Svalbard, abroad, unknown, Norge: no base units
        }
        Map<String, String> values = new HashMap<>();
        for (String column : csv.header()) {
          values.put(column, row.get(column));
        }
        if (rows.put(unit, new CsvRowValues(row.line(), values)) != null) {
          throw new PackException(
              relative + ":" + row.line() + ": base unit " + unit + " appears twice");
        }
      }
    } catch (SourceProblemException e) {
      throw new PackException(e.problem().toString(), e);
    }
    for (String unit : units) {
      if (!rows.containsKey(unit)) {
        throw new PackException(relative + ": no row for base unit " + unit);
      }
    }
    return new MappingTable(relative, rows);
  }

  /** The code in a column for a base unit, with the line, or a located problem. */
  String value(String unit, String column) {
    CsvRowValues row = rows.get(unit);
    if (!row.values().containsKey(column)) {
      throw new PackException(name + ": no column '" + column + "'");
    }
    String v = row.values().get(column);
    if (v == null || !v.chars().allMatch(Character::isDigit)) {
      throw new PackException(
          name
              + ":"
              + row.line()
              + ", column '"
              + column
              + "', value '"
              + v
              + "': base unit "
              + unit
              + " has no area code");
    }
    return String.valueOf(Integer.parseInt(v));
  }

  /** The name column beside a code column ({@code bohf_navn}), or null when absent. */
  String name(String unit, String column) {
    return rows.get(unit).values().get(column + "_navn");
  }

  /** {@code file:line, column 'c'} of a base unit's row. */
  String where(String unit, String column) {
    return name + ":" + rows.get(unit).line() + ", column '" + column + "'";
  }

  private static String pad(String digits, int width) {
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }
}

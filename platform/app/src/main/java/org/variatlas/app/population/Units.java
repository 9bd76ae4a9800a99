package org.variatlas.app.population;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.variatlas.app.areas.BaseUnit;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.loads.LoadRun;
import org.variatlas.sdk.io.CsvColumns;

/**
 * The base units a population load may name, by index: the pack's base units, and the split cities
 * (whose own rows become their residual units). Gives the unit rules of the kommune and bydel
 * files, each checking a distinct code once.
 */
final class Units {

  private final GeographyPack pack;
  private final List<String> codes = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<Integer, Integer> residualOfCity = new HashMap<>();

  Units(GeographyPack pack) {
    this.pack = pack;
    pack.baseUnits().keySet().stream().sorted().forEach(this::index);
    for (BaseUnit u : pack.baseUnits().values()) {
      if (u.kind() == BaseUnit.Kind.RESIDUAL) {
        residualOfCity.put(index(u.kommune()), index(u.code()));
      }
    }
  }

  private int index(String code) {
    return index.computeIfAbsent(
        code,
        c -> {
          codes.add(c);
          return codes.size() - 1;
        });
  }

  List<String> codes() {
    return codes;
  }

  /** The residual unit's index of each split city, by the city's index. */
  Map<Integer, Integer> residualOfCity() {
    return residualOfCity;
  }

  /** The indices of the bydeler of each split city, by the city's index. */
  Map<Integer, List<Integer>> bydelerOfCity() {
    Map<Integer, List<Integer>> out = new HashMap<>();
    for (BaseUnit u : pack.baseUnits().values()) {
      Integer city = index.get(u.kommune());
      if (u.kind() == BaseUnit.Kind.BYDEL && city != null && residualOfCity.containsKey(city)) {
        out.computeIfAbsent(city, k -> new ArrayList<>()).add(index.get(u.code()));
      }
    }
    return out;
  }

  /** The kommune file's rule: a kommune of the pack or a split city. */
  PopulationFiles.UnitRule kommuner(LoadRun run) {
    return new PopulationFiles.UnitRule() {
      private int column;
      private int[] unitOfCode;

      @Override
      public void prepare(CsvColumns csv) {
        column = csv.column("kommunenummer");
        List<String> texts = csv.values(column);
        unitOfCode = new int[texts.size()];
        for (int i = 0; i < unitOfCode.length; i++) {
          String code = texts.get(i);
          BaseUnit unit = pack.baseUnits().get(code);
          boolean city = pack.splitKommuner().contains(code);
          unitOfCode[i] =
              city || (unit != null && unit.kind() == BaseUnit.Kind.KOMMUNE) ? index(code) : -1;
        }
      }

      @Override
      public int unit(CsvColumns csv, int row) {
        int unit = unitOfCode[csv.codes(column)[row]];
        if (unit < 0) {
          run.problem(
              csv.location(row, column),
              "unknown-area",
              "no kommune " + csv.text(row, column) + " in geography pack " + pack.id());
        }
        return unit;
      }
    };
  }

  /** The bydel file's rule: a bydel of the pack, in the kommune the row names. */
  PopulationFiles.UnitRule bydeler(LoadRun run) {
    return new PopulationFiles.UnitRule() {
      private int bydelColumn;
      private int kommuneColumn;
      private BaseUnit[] unitOfCode;

      @Override
      public void prepare(CsvColumns csv) {
        bydelColumn = csv.column("bydelsnummer");
        kommuneColumn = csv.column("kommunenummer");
        List<String> texts = csv.values(bydelColumn);
        unitOfCode = new BaseUnit[texts.size()];
        for (int i = 0; i < unitOfCode.length; i++) {
          BaseUnit unit = pack.baseUnits().get(texts.get(i));
          unitOfCode[i] = unit != null && unit.kind() == BaseUnit.Kind.BYDEL ? unit : null;
        }
      }

      @Override
      public int unit(CsvColumns csv, int row) {
        BaseUnit unit = unitOfCode[csv.codes(bydelColumn)[row]];
        if (unit == null) {
          run.problem(
              csv.location(row, bydelColumn),
              "unknown-area",
              "no bydel " + csv.text(row, bydelColumn) + " in geography pack " + pack.id());
          return -1;
        }
        if (!unit.kommune().equals(csv.text(row, kommuneColumn))) {
          run.problem(
              csv.location(row, kommuneColumn),
              "wrong-kommune",
              "bydel " + unit.code() + " lies in kommune " + unit.kommune());
          return -1;
        }
        return index(unit.code());
      }
    };
  }
}

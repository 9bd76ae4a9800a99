package org.variatlas.app.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.variatlas.api.model.AreaRef;
import org.variatlas.api.model.Category;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.Period;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.areas.MappingVersion;
import org.variatlas.app.disclosure.DisclosureControl;
import org.variatlas.app.results.EventStrataRepository.UnitCount;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.engine.atlas.AreaLevelResult;
import org.variatlas.engine.rates.Status;
import org.variatlas.engine.suppression.LinearTable;
import org.variatlas.engine.suppression.SecondarySuppression;

/**
 * Disclosure control of a computed indicator: which of its published cells (areas and national rows
 * of every level, every period and year, totals and category parts) are hidden so that no count
 * below the threshold can be recovered from the rest. Builds the engine's {@link LinearTable} from
 * the counts per base unit (the atoms are the groups of base units all the indicator's levels treat
 * alike, per year and category) and runs its {@link SecondarySuppression}; with secondary
 * suppression switched off only the primary cells (and the parts of hidden totals) are hidden.
 */
@Component
class IndicatorProtection {

  private static final Logger log = LoggerFactory.getLogger(IndicatorProtection.class);

  /** National category parts may be hidden, but only when nothing else will do. */
  private static final double NATIONAL_PART_COST_FACTOR = 10;

  private final EventStrataRepository events;
  private final GeographyPack pack;
  private final DisclosureControl disclosure;

  IndicatorProtection(
      EventStrataRepository events, GeographyPack pack, DisclosureControl disclosure) {
    this.events = events;
    this.pack = pack;
    this.disclosure = disclosure;
  }

  ProtectionOutcome protect(
      InstalledTopic topic, IndicatorDefinition indicator, List<LevelPeriod> results) {
    if (results.stream().noneMatch(IndicatorProtection::anySmall)) {
      return ProtectionOutcome.none(); // nothing hidden: nothing to protect, no counts to read
    }
    Model model = model(topic, indicator, results);
    boolean[] primary = model.primary();
    boolean[] hidden;
    int programmes = 0;
    Set<ProtectionOutcome.Cell> unprotected = new LinkedHashSet<>();
    if (disclosure.secondarySuppression()) {
      SecondarySuppression.Protection p = SecondarySuppression.protect(model.table(), primary);
      hidden = p.suppressed();
      programmes = p.programmes();
      for (int cell : p.unprotected()) {
        unprotected.add(model.cells().get(cell));
        log.warn(
            "{}/{}: no suppression pattern protects {}: it stays suppressed but can be narrowed",
            topic.id(),
            indicator.id(),
            model.table().cell(cell).label());
      }
    } else {
      hidden = withLinked(model.table(), primary);
    }
    Set<ProtectionOutcome.Cell> cells = new LinkedHashSet<>();
    Map<String, Integer> primaries = new LinkedHashMap<>();
    Map<String, Integer> secondaries = new LinkedHashMap<>();
    for (int i = 0; i < hidden.length; i++) {
      if (hidden[i]) {
        ProtectionOutcome.Cell c = model.cells().get(i);
        cells.add(c);
        String level = c.area().equals(AreaRef.NATIONAL_CODE) ? AreaRef.NATIONAL_LEVEL : c.level();
        (primary[i] ? primaries : secondaries).merge(level, 1, Integer::sum);
      }
    }
    return new ProtectionOutcome(cells, primaries, secondaries, programmes, unprotected);
  }

  private static boolean[] withLinked(LinearTable table, boolean[] primary) {
    boolean[] hidden = primary.clone();
    for (int i = 0; i < hidden.length; i++) {
      if (primary[i]) {
        for (int part : table.cell(i).linked()) {
          hidden[part] = true;
        }
      }
    }
    return hidden;
  }

  /** The linear table, its cells' keys and which are primary. */
  private record Model(LinearTable table, List<ProtectionOutcome.Cell> cells, boolean[] primary) {}

  private Model model(
      InstalledTopic topic, IndicatorDefinition indicator, List<LevelPeriod> results) {
    List<String> levels = results.stream().map(LevelPeriod::level).distinct().toList();
    List<String> categories = indicator.categories().stream().map(Category::id).toList();
    Period span = ComputedResults.span(indicator);
    List<UnitCount> counts =
        events.unitCounts(topic.id(), indicator.numeratorMeasure(), span, indicator.population());
    Atoms atoms = Atoms.of(pack, pack.defaultVersion(), levels, span, categories, counts);
    LinearTable.Builder table = LinearTable.builder(atoms.count()).atomValues(atoms.values());
    List<ProtectionOutcome.Cell> cells = new ArrayList<>();
    List<Boolean> primary = new ArrayList<>();
    double width = indicator.effectiveProtectionWidth();
    for (LevelPeriod lp : results) {
      int level = levels.indexOf(lp.level());
      double w = width * lp.period().years();
      List<String> codes = new ArrayList<>(lp.areaCodes());
      codes.add(AreaRef.NATIONAL_CODE);
      for (int g = 0; g < codes.size(); g++) {
        String code = codes.get(g);
        boolean national = g == lp.areaCodes().size();
        int[] all = atoms.of(level, national ? null : code, lp.period(), -1);
        int total =
            add(
                table,
                cells,
                primary,
                new ProtectionOutcome.Cell(lp.level(), lp.period(), code, ""),
                all,
                atoms,
                w,
                national,
                1,
                small(lp.total(), national, g));
        for (int k = 0; k < categories.size(); k++) {
          int[] part = atoms.of(level, national ? null : code, lp.period(), k);
          AreaLevelResult r = lp.parts().get(categories.get(k));
          int c =
              add(
                  table,
                  cells,
                  primary,
                  new ProtectionOutcome.Cell(lp.level(), lp.period(), code, categories.get(k)),
                  part,
                  atoms,
                  w,
                  false,
                  national ? NATIONAL_PART_COST_FACTOR : 1,
                  small(r, national, g));
          table.link(total, c);
        }
      }
    }
    boolean[] flags = new boolean[primary.size()];
    for (int i = 0; i < flags.length; i++) {
      flags[i] = primary.get(i);
    }
    return new Model(table.build(), cells, flags);
  }

  private static int add(
      LinearTable.Builder table,
      List<ProtectionOutcome.Cell> cells,
      List<Boolean> primary,
      ProtectionOutcome.Cell cell,
      int[] vars,
      Atoms atoms,
      double width,
      boolean fixed,
      double costFactor,
      boolean small) {
    double value = atoms.sum(vars);
    String label =
        cell.level()
            + " "
            + cell.area()
            + " "
            + cell.period()
            + (cell.category().isEmpty() ? "" : " " + cell.category());
    int index = table.cell(label, vars, value, width, fixed, (value + 1) * costFactor);
    cells.add(cell);
    primary.add(small);
    return index;
  }

  /** Whether any total or part of a level and period is below the threshold. */
  private static boolean anySmall(LevelPeriod lp) {
    return Stream.concat(Stream.of(lp.total()), lp.parts().values().stream())
        .anyMatch(
            r ->
                r.national().status() == Status.SUPPRESSED
                    || Arrays.asList(r.groups().status()).contains(Status.SUPPRESSED));
  }

  private static boolean small(AreaLevelResult r, boolean national, int g) {
    Status status = national ? r.national().status() : r.groups().status()[g];
    return status == Status.SUPPRESSED;
  }

  /**
   * The unknowns: base units grouped by the areas they belong to on every level of the indicator,
   * per year, and split by category slot (each declared category, plus one for the rest when there
   * are counts outside them).
   */
  private static final class Atoms {
    private final int slots;
    private final List<double[]> values = new ArrayList<>(); // per geographic atom: per slot
    // level -> year -> area code -> geographic atoms; area null = every atom on the level
    private final List<Map<Integer, Map<String, List<Integer>>>> index = new ArrayList<>();

    private Atoms(int slots, int levels) {
      this.slots = slots;
      for (int l = 0; l < levels; l++) {
        index.add(new HashMap<>());
      }
    }

    static Atoms of(
        GeographyPack pack,
        MappingVersion mapping,
        List<String> levels,
        Period span,
        List<String> categories,
        List<UnitCount> counts) {
      boolean rest =
          categories.isEmpty()
              || counts.stream().anyMatch(c -> c.count() > 0 && !categories.contains(c.category()));
      int slots = categories.isEmpty() ? 1 : categories.size() + (rest ? 1 : 0);
      Atoms atoms = new Atoms(slots, levels.size());
      Map<String, Integer> byKey = new HashMap<>();
      Map<String, Integer> unitAtom = new HashMap<>(); // unit|year -> atom
      Set<String> units = new LinkedHashSet<>(pack.baseUnits().keySet());
      counts.forEach(c -> units.add(c.baseUnit()));
      for (int year = span.from(); year <= span.to(); year++) {
        for (String unit : units) {
          List<String> signature = new ArrayList<>(levels.size());
          boolean anywhere = false;
          for (String level : levels) {
            String area = mapping.areaOf(level, unit, year).orElse(null);
            signature.add(area);
            anywhere |= area != null;
          }
          if (!anywhere) {
            continue;
          }
          int y = year;
          int atom = byKey.computeIfAbsent(year + "|" + signature, k -> atoms.add(y, signature));
          unitAtom.put(unit + "|" + year, atom);
        }
      }
      for (UnitCount c : counts) {
        Integer atom = unitAtom.get(c.baseUnit() + "|" + c.year());
        if (atom != null) {
          int slot = categories.isEmpty() ? 0 : categories.indexOf(c.category());
          slot = slot < 0 ? categories.size() : slot;
          if (slot < slots) { // else a zero outside the categories
            atoms.values.get(atom)[slot] += c.count();
          }
        }
      }
      return atoms;
    }

    private int add(int year, List<String> signature) {
      int atom = values.size();
      values.add(new double[slots]);
      for (int l = 0; l < signature.size(); l++) {
        if (signature.get(l) != null) {
          Map<String, List<Integer>> areas =
              index.get(l).computeIfAbsent(year, k -> new HashMap<>());
          areas.computeIfAbsent(signature.get(l), k -> new ArrayList<>()).add(atom);
          areas.computeIfAbsent(null, k -> new ArrayList<>()).add(atom);
        }
      }
      return atom;
    }

    int count() {
      return values.size() * slots;
    }

    /**
     * The unknowns of an area (null: the level's national row) in a period, one slot or all (-1).
     */
    int[] of(int level, String area, Period period, int slot) {
      List<Integer> out = new ArrayList<>();
      for (int year = period.from(); year <= period.to(); year++) {
        List<Integer> geo =
            index
                .get(level)
                .getOrDefault(year, java.util.Collections.emptyMap())
                .getOrDefault(area, List.of());
        for (int atom : geo) {
          if (slot >= 0) {
            out.add(atom * slots + slot);
          } else {
            for (int s = 0; s < slots; s++) {
              out.add(atom * slots + s);
            }
          }
        }
      }
      return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Every unknown's true value, by index. */
    double[] values() {
      double[] out = new double[count()];
      for (int atom = 0; atom < values.size(); atom++) {
        System.arraycopy(values.get(atom), 0, out, atom * slots, slots);
      }
      return out;
    }

    double sum(int[] vars) {
      double s = 0;
      for (int v : vars) {
        s += values.get(v / slots)[v % slots];
      }
      return s;
    }
  }
}

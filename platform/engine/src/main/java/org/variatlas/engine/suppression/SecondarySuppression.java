package org.variatlas.engine.suppression;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Secondary (complementary) cell suppression: the fewest and smallest additional cells to hide so
 * that no suppressed cell can be narrowed below its protection width from what stays published.
 *
 * <p>Method: for each suppressed cell in turn (primary cells first, then every cell hidden on their
 * account), one linear programme looks for a table that agrees with every figure that stays
 * published except some it is allowed to move, in which the cell is at least its width above its
 * true value (or, when the cell is that large, below). Moving a published cell costs its weight
 * (value + 1) per unit, so the cheapest solution moves the smallest cells; the cells it moves are
 * suppressed. That table then proves the attacker's interval wide enough, and hiding more cells
 * later only widens it, so one programme per cell suffices. This is the cell-by-cell LP heuristic
 * behind tau-Argus' modular and optimal methods and sdcTable's (Fischetti and Salazar-González
 * 2000; Hundepool et al., "Statistical Disclosure Control", 2012, §4.4); the national row is never
 * chosen, nor a zero (a zero can only move up and hides nothing).
 *
 * <p>When the table has its atoms' true values, two shortcuts keep this cheap without weakening it:
 * every solution found is kept as a witness (it stays consistent with what is published), and a
 * cell that two witnesses (or one and the true table) already spread over its width needs no
 * programme; and the programme runs first over the atoms around the cell (the rest of the table
 * held at its true values), over the whole table only when nothing is found there.
 */
public final class SecondarySuppression {

  /**
   * The outcome.
   *
   * @param suppressed every cell hidden: primary, secondary and linked
   * @param primary how many were hidden as primary cells
   * @param secondary how many were added
   * @param unprotected suppressed cells no suppression pattern could protect (e.g. when the fixed
   *     national row pins them), for a warning
   * @param programmes linear programmes solved
   */
  public record Protection(
      boolean[] suppressed,
      int primary,
      int secondary,
      List<Integer> unprotected,
      int programmes) {}

  private SecondarySuppression() {}

  /** Protects the primary cells (and with them every cell it hides) of a table. */
  public static Protection protect(LinearTable table, boolean[] primary) {
    Run run = new Run(table);
    int primaries = 0;
    for (int i = 0; i < table.size(); i++) {
      if (primary[i]) {
        primaries++;
        run.hide(i);
      }
    }
    while (!run.queue.isEmpty()) {
      run.protect(run.queue.poll());
    }
    int total = count(run.suppressed);
    return new Protection(
        run.suppressed, primaries, total - primaries, run.unprotected, run.programmes);
  }

  /** One protection's state: what is hidden, what is queued, and what was learnt on the way. */
  private static final class Run {
    private final LinearTable table;
    private final boolean[] suppressed;
    private final boolean[] done;
    private final Deque<Integer> queue = new ArrayDeque<>();
    private final List<Integer> unprotected = new ArrayList<>();
    private final Neighbourhoods around; // null without the atoms' true values
    private final Witnesses witnesses; // null without the atoms' true values
    private int programmes;
    // Tables whose only cycles run through fixed cells (one level under its national row) have
    // no complement around a cell: after a few misses more than hits, search the whole at once.
    private int localHits;
    private int localMisses;
    // What is published changes only when a cell is hidden (cells are never published again), so
    // the whole system and the atoms known to be zero are derived again only then.
    private PublishedSystem whole;
    private int hiddenForWhole = -1;
    private boolean[] zeros;
    private int hiddenForZeros = -1;

    Run(LinearTable table) {
      this.table = table;
      this.suppressed = new boolean[table.size()];
      this.done = new boolean[table.size()];
      this.around = table.hasAtomValues() ? new Neighbourhoods(table) : null;
      this.witnesses = table.hasAtomValues() ? new Witnesses(table) : null;
    }

    void protect(int s) {
      LinearTable.Cell cell = table.cell(s);
      if (done[s] || cell.width() <= 0) {
        return;
      }
      done[s] = true;
      if (witnesses != null && witnesses.protect(cell)) {
        return; // a table found earlier already moves it by its width
      }
      Complements.Search found = around != null && localMisses <= localHits + 3 ? local(s) : null;
      if (found == null || (found.system() != null && !found.complement().found())) {
        localMisses += found == null ? 0 : 1;
        found = whole(cell);
      } else {
        localHits++;
      }
      if (found.system() == null) {
        return; // a known zero: nothing to protect
      }
      if (!found.complement().found()) {
        unprotected.add(s);
        return;
      }
      if (witnesses != null) {
        for (double[] t : found.complement().tables()) {
          witnesses.add(found.system(), t);
        }
      }
      for (int e : found.complement().equations()) {
        for (int c : found.system().equations().get(e).cells()) {
          hide(c);
        }
      }
    }

    /** The search among the atoms around the cell, the rest of the table held at its values. */
    private Complements.Search local(int s) {
      int hidden = count(suppressed);
      if (hidden != hiddenForZeros) {
        zeros = PublishedSystem.zeros(table, suppressed);
        hiddenForZeros = hidden;
      }
      Neighbourhoods.Neighbourhood n = around.of(s);
      PublishedSystem system =
          PublishedSystem.around(table, suppressed, zeros, n.free(), n.cells());
      Complements.Search found = Complements.search(system, table.cell(s));
      programmes += found.programmes();
      return found;
    }

    /** The search over the whole table, releasing published zeros as a last resort. */
    private Complements.Search whole(LinearTable.Cell cell) {
      int hidden = count(suppressed);
      if (hidden != hiddenForWhole) {
        whole = PublishedSystem.of(table, suppressed, false);
        hiddenForWhole = hidden;
      }
      Complements.Search found = Complements.search(whole, cell);
      programmes += found.programmes();
      if (found.system() != null && !found.complement().found()) {
        // Published zeros pin it: release zeros too (a zero can move up).
        PublishedSystem withZeros = PublishedSystem.of(table, suppressed, true);
        int[] variables = withZeros.variablesOf(cell);
        found =
            new Complements.Search(
                withZeros, Complements.bothWays(withZeros, variables, cell.width(), true), 1);
        programmes++;
      }
      return found;
    }

    /** Hides a cell and the cells linked to it, queueing each for protection. */
    void hide(int cell) {
      if (suppressed[cell]) {
        return;
      }
      suppressed[cell] = true;
      queue.add(cell);
      for (int linked : table.cell(cell).linked()) {
        hide(linked);
      }
    }
  }

  private static int count(boolean[] flags) {
    int n = 0;
    for (boolean b : flags) {
      n += b ? 1 : 0;
    }
    return n;
  }
}

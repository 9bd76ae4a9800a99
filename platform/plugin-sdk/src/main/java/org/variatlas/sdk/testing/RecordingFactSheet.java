package org.variatlas.sdk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.variatlas.api.FactSheetContext;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.Period;
import org.variatlas.api.ui.FactSheet;
import org.variatlas.api.ui.KeyFigure;

/** A fact sheet that records the blocks composed into it, for tests of a {@code FactSheetView}. */
public final class RecordingFactSheet implements FactSheet {

  /** One block: its kind ({@code title}, {@code heading}, {@code text}, ...) and its content. */
  public record Block(String kind, Object content) {}

  private final List<Block> blocks = new ArrayList<>();

  /** A context in which no indicator has results yet, as before the first load. */
  public static FactSheetContext noResults(Locale locale) {
    return new FactSheetContext() {
      @Override
      public Locale locale() {
        return locale;
      }

      @Override
      public Optional<IndicatorResults> results(String indicatorId) {
        return Optional.empty();
      }

      @Override
      public Optional<IndicatorResults> results(String indicatorId, String level, Period period) {
        return Optional.empty();
      }
    };
  }

  private FactSheet add(String kind, Object content) {
    blocks.add(new Block(kind, content));
    return this;
  }

  public List<Block> blocks() {
    return List.copyOf(blocks);
  }

  /** The kinds of the blocks, in order. */
  public List<String> kinds() {
    return blocks.stream().map(Block::kind).toList();
  }

  @Override
  public FactSheet title(LocalizedText title, LocalizedText subtitle) {
    return add("title", title);
  }

  @Override
  public FactSheet heading(LocalizedText heading) {
    return add("heading", heading);
  }

  @Override
  public FactSheet text(LocalizedText markdown) {
    return add("text", markdown);
  }

  @Override
  public FactSheet keyFigures(List<KeyFigure> figures) {
    return add("keyFigures", List.copyOf(figures));
  }

  @Override
  public FactSheet rankedChart(IndicatorResults results) {
    return add("rankedChart", results);
  }

  @Override
  public FactSheet variation(IndicatorResults results) {
    return add("variation", results);
  }

  @Override
  public FactSheet selection(IndicatorDefinition indicator) {
    return add("selection", indicator);
  }

  @Override
  public FactSheet notice(LocalizedText text) {
    return add("notice", text);
  }
}

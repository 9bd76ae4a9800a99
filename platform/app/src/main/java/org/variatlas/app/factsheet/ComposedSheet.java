package org.variatlas.app.factsheet;

import java.util.ArrayList;
import java.util.List;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.ui.FactSheet;
import org.variatlas.api.ui.KeyFigure;

/**
 * The platform's {@link FactSheet}: records the blocks a plugin appends, in order, so that the same
 * composition can be rendered as a page and as a PDF.
 */
final class ComposedSheet implements FactSheet {

  private final List<SheetBlock> blocks = new ArrayList<>();

  List<SheetBlock> blocks() {
    return List.copyOf(blocks);
  }

  @Override
  public FactSheet title(LocalizedText title, LocalizedText subtitle) {
    return add(new SheetBlock.Title(title, subtitle));
  }

  @Override
  public FactSheet heading(LocalizedText heading) {
    return add(new SheetBlock.Heading(heading));
  }

  @Override
  public FactSheet text(LocalizedText markdown) {
    return add(new SheetBlock.Text(markdown));
  }

  @Override
  public FactSheet keyFigures(List<KeyFigure> figures) {
    return add(new SheetBlock.KeyFigures(List.copyOf(figures)));
  }

  @Override
  public FactSheet rankedChart(IndicatorResults results) {
    return add(new SheetBlock.RankedChart(results));
  }

  @Override
  public FactSheet variation(IndicatorResults results) {
    return add(new SheetBlock.Variation(results));
  }

  @Override
  public FactSheet selection(IndicatorDefinition indicator) {
    return add(new SheetBlock.Selection(indicator));
  }

  @Override
  public FactSheet notice(LocalizedText text) {
    return add(new SheetBlock.Notice(text));
  }

  private FactSheet add(SheetBlock block) {
    if (block == null) {
      throw new IllegalArgumentException("a fact sheet block must not be null");
    }
    blocks.add(block);
    return this;
  }
}

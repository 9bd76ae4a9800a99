package org.variatlas.app.factsheet;

import java.util.List;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.ui.KeyFigure;

/** One block of a composed fact sheet, as a plugin's {@code FactSheetView} appended it. */
sealed interface SheetBlock {

  /** A renderer of blocks (web page, PDF): one method per kind, so none is forgotten. */
  interface Renderer<R> {
    R title(Title block);

    R heading(Heading block);

    R text(Text block);

    R keyFigures(KeyFigures block);

    R rankedChart(RankedChart block);

    R variation(Variation block);

    R selection(Selection block);

    R notice(Notice block);
  }

  <R> R render(Renderer<R> renderer);

  record Title(LocalizedText title, LocalizedText subtitle) implements SheetBlock {
    @Override
    public <R> R render(Renderer<R> r) {
      return r.title(this);
    }
  }

  record Heading(LocalizedText text) implements SheetBlock {
    @Override
    public <R> R render(Renderer<R> r) {
      return r.heading(this);
    }
  }

  record Text(LocalizedText markdown) implements SheetBlock {
    @Override
    public <R> R render(Renderer<R> r) {
      return r.text(this);
    }
  }

  record KeyFigures(List<KeyFigure> figures) implements SheetBlock {
    @Override
    public <R> R render(Renderer<R> r) {
      return r.keyFigures(this);
    }
  }

  record RankedChart(IndicatorResults results) implements SheetBlock {
    @Override
    public <R> R render(Renderer<R> r) {
      return r.rankedChart(this);
    }
  }

  record Variation(IndicatorResults results) implements SheetBlock {
    @Override
    public <R> R render(Renderer<R> r) {
      return r.variation(this);
    }
  }

  record Selection(IndicatorDefinition indicator) implements SheetBlock {
    @Override
    public <R> R render(Renderer<R> r) {
      return r.selection(this);
    }
  }

  record Notice(LocalizedText text) implements SheetBlock {
    @Override
    public <R> R render(Renderer<R> r) {
      return r.notice(this);
    }
  }
}

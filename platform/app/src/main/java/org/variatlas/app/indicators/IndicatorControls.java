package org.variatlas.app.indicators;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import org.variatlas.api.model.Period;

/**
 * The area level and period of an indicator's page. The level control lists only levels with
 * results and is left out when there is one; a choice is reported as a {@link ChangeEvent}, and the
 * page navigates to it.
 */
class IndicatorControls extends Composite<Div> {

  /** The visitor chose another level or period. */
  static final class ChangeEvent extends ComponentEvent<IndicatorControls> {
    private final String level;
    private final Period period;

    ChangeEvent(IndicatorControls source, String level, Period period) {
      super(source, true);
      this.level = level;
      this.period = period;
    }

    String level() {
      return level;
    }

    Period period() {
      return period;
    }
  }

  IndicatorControls(IndicatorPage page) {
    Div controls = getContent();
    controls.addClassName("va-indicator-controls");
    if (page.levels().size() > 1) {
      controls.add(levels(page));
    }
    controls.add(periods(page));
  }

  Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
    return addListener(ChangeEvent.class, listener);
  }

  private Select<String> levels(IndicatorPage page) {
    Select<String> levels = new Select<>();
    levels.setId("indicator-level");
    levels.setLabel(getTranslation("indicator.level"));
    levels.setItems(page.levels());
    levels.setItemLabelGenerator(page::levelTitle);
    levels.setValue(page.level());
    levels.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            fireEvent(new ChangeEvent(this, e.getValue(), page.period()));
          }
        });
    return levels;
  }

  private Select<Period> periods(IndicatorPage page) {
    Select<Period> periods = new Select<>();
    periods.setId("indicator-period");
    periods.setLabel(getTranslation("indicator.period"));
    periods.setItems(page.periods());
    periods.setItemLabelGenerator(p -> page.periodLabel(this, p));
    if (page.periods().contains(page.period())) {
      periods.setValue(page.period());
    } else {
      periods.setPlaceholder(page.periodLabel(this, page.period()));
    }
    periods.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            fireEvent(new ChangeEvent(this, page.level(), e.getValue()));
          }
        });
    return periods;
  }
}

package org.variatlas.app.shell;

import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import org.variatlas.api.ui.AreaMap;
import org.variatlas.api.ui.CustomChart;
import org.variatlas.api.ui.DotStrip;
import org.variatlas.api.ui.FunnelChart;
import org.variatlas.api.ui.RankedBarChart;
import org.variatlas.api.ui.TrendChart;

/**
 * Page-level settings: theme, viewport, description. The {@code @Uses} list puts every UI-kit
 * component into the production bundle (optimizeBundle only keeps what the app references), so that
 * a plugin's fact sheet can use one the platform's own pages do not.
 */
@Theme("variatlas")
@Uses(AreaMap.class)
@Uses(RankedBarChart.class)
@Uses(TrendChart.class)
@Uses(FunnelChart.class)
@Uses(DotStrip.class)
@Uses(CustomChart.class)
@Meta(name = "description", content = "Variatlas: an open atlas of healthcare variation")
public class AppShell implements AppShellConfigurator {

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setViewport("width=device-width, initial-scale=1");
    settings.addFavIcon("icon", "icons/variatlas.svg", "any");
  }
}

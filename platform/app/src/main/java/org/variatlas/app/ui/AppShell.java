package org.variatlas.app.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/** Page-level settings: theme, viewport, description. */
@Theme("variatlas")
@Meta(name = "description", content = "Variatlas: an open atlas of healthcare variation")
public class AppShell implements AppShellConfigurator {

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setViewport("width=device-width, initial-scale=1");
    settings.addFavIcon("icon", "icons/variatlas.svg", "any");
  }
}

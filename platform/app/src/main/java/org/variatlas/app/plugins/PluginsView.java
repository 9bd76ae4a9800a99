package org.variatlas.app.plugins;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.variatlas.api.PluginApi;
import org.variatlas.app.kit.KitGalleryView;
import org.variatlas.app.security.Role;
import org.variatlas.app.shell.MainLayout;

/**
 * For editors and administrators: every jar in the plugins directory with its version, state and,
 * when it is not serving, the reason.
 */
@Route(value = "admin/plugins", layout = MainLayout.class)
@Menu(title = "nav.plugins", order = 2)
@RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR, Role.Names.PARTNER})
public class PluginsView extends Div implements HasDynamicTitle {

  public PluginsView(PluginRuntime runtime, AuthenticationContext authentication) {
    addClassName("va-plugins");
    add(new H1(getTranslation("plugins.title")));
    // Server paths only for those who run the server.
    boolean staff = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.EDITOR);
    Paragraph lead =
        new Paragraph(
            getTranslation(
                "plugins.lead",
                staff
                    ? runtime.directory().toString()
                    : String.valueOf(runtime.directory().getFileName()),
                PluginApi.VERSION));
    lead.addClassName("va-lead");
    add(lead);

    Grid<PluginStatus> grid = new Grid<>();
    grid.addClassName("va-plugin-grid");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(PluginStatus::id).setHeader(getTranslation("plugins.id")).setAutoWidth(true);
    grid.addColumn(PluginStatus::version)
        .setHeader(getTranslation("plugins.version"))
        .setAutoWidth(true);
    grid.addColumn(new ComponentRenderer<>(this::state))
        .setHeader(getTranslation("plugins.state"))
        .setAutoWidth(true);
    grid.addColumn(PluginStatus::requires)
        .setHeader(getTranslation("plugins.requires"))
        .setAutoWidth(true);
    grid.addColumn(PluginStatus::provider).setHeader(getTranslation("plugins.provider"));
    grid.addColumn(s -> s.error() == null ? "" : PluginStatus.withoutPaths(s.error(), runtime))
        .setHeader(getTranslation("plugins.error"))
        .setFlexGrow(3);
    grid.setItems(runtime.plugins());
    grid.setAllRowsVisible(true);
    add(grid);
    if (runtime.plugins().isEmpty()) {
      add(new Paragraph(getTranslation("plugins.none")));
    }
    RouterLink gallery = new RouterLink(getTranslation("kit.gallery.link"), KitGalleryView.class);
    gallery.addClassName("va-kit-gallery-link");
    add(new Paragraph(gallery));
  }

  private Span state(PluginStatus status) {
    Span badge = new Span(status.state());
    badge.addClassName("va-state");
    badge.addClassName("va-state-" + status.state().toLowerCase(Locale.ROOT));
    if (status.error() != null && "STARTED".equals(status.state())) {
      badge.addClassName("va-state-failed");
    }
    return badge;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("plugins.title") + " – " + getTranslation("app.name");
  }
}

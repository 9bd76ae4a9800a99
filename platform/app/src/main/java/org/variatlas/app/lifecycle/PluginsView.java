package org.variatlas.app.lifecycle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.security.core.Authentication;
import org.variatlas.api.PluginApi;
import org.variatlas.app.kit.KitGalleryView;
import org.variatlas.app.loads.Uploads;
import org.variatlas.app.plugins.PluginRuntime;
import org.variatlas.app.plugins.PluginStatus;
import org.variatlas.app.security.Actors;
import org.variatlas.app.security.Ownership;
import org.variatlas.app.security.Role;
import org.variatlas.app.shell.MainLayout;

/**
 * For editors, administrators and partners: every plugin with its version, state, publication and,
 * when it is not serving, the reason; uploading a jar (administrators, partners); publishing,
 * unpublishing (editors), disabling, enabling and removing — all while the atlas runs.
 */
@Route(value = "admin/plugins", layout = MainLayout.class)
@Menu(title = "nav.plugins", order = 2)
@RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR, Role.Names.PARTNER})
public class PluginsView extends Div implements HasDynamicTitle {

  private final PluginLifecycle lifecycle;
  private final PluginRuntime runtime;
  private final Ownership ownership;
  private final Authentication actor;
  private final Grid<PluginRow> grid = new Grid<>();

  public PluginsView(
      PluginLifecycle lifecycle,
      PluginInstaller installer,
      PluginRuntime runtime,
      Ownership ownership,
      Uploads uploads) {
    this.lifecycle = lifecycle;
    this.runtime = runtime;
    this.ownership = ownership;
    this.actor = Actors.current();
    addClassName("va-plugins");
    add(new H1(getTranslation("plugins.title")));
    // Server paths only for those who run the server.
    boolean staff = Actors.isStaff(actor);
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
    configureGrid();
    add(grid);
    refresh();
    boolean mayInstall =
        Actors.roles(actor).contains(Role.ADMIN) || Actors.roles(actor).contains(Role.PARTNER);
    if (mayInstall) {
      add(new PluginUploadPanel(installer, uploads, actor, this::refresh));
    }
    RouterLink gallery = new RouterLink(getTranslation("kit.gallery.link"), KitGalleryView.class);
    gallery.addClassName("va-kit-gallery-link");
    add(new Paragraph(gallery));
  }

  private void configureGrid() {
    grid.addClassName("va-plugin-grid");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
    // The id stays in view beside the actions however narrow the screen.
    grid.addColumn(new ComponentRenderer<>(this::plugin))
        .setHeader(getTranslation("plugins.id"))
        .setAutoWidth(true)
        .setFrozen(true);
    grid.addColumn(new ComponentRenderer<>(this::version))
        .setHeader(getTranslation("plugins.version"))
        .setAutoWidth(true);
    grid.addColumn(new ComponentRenderer<>(this::state))
        .setHeader(getTranslation("plugins.state"))
        .setAutoWidth(true);
    grid.addColumn(new ComponentRenderer<>(this::publication))
        .setHeader(getTranslation("lifecycle.publication"))
        .setAutoWidth(true);
    grid.addColumn(r -> String.join(", ", r.topicIds()))
        .setHeader(getTranslation("lifecycle.topics"));
    grid.addColumn(
            r ->
                r.status().error() == null
                    ? ""
                    : PluginStatus.withoutPaths(r.status().error(), runtime))
        .setHeader(getTranslation("plugins.error"))
        .setFlexGrow(3);
    // Always in view, however wide the other columns make the grid.
    // A fixed width in which the buttons wrap, so that the other columns keep their room.
    grid.addColumn(new ComponentRenderer<>(this::actions))
        .setHeader(getTranslation("lifecycle.actions"))
        .setWidth("17rem")
        .setFlexGrow(0)
        .setFrozenToEnd(true);
    grid.setAllRowsVisible(true);
  }

  private void refresh() {
    grid.setItems(lifecycle.plugins(actor));
  }

  /** The plugin's id, with who made it. */
  private Div plugin(PluginRow row) {
    Div box = new Div(new Span(row.id()));
    box.addClassName("va-plugin-versions");
    if (row.status().provider() != null) {
      Span provider = new Span(getTranslation("lifecycle.provider", row.status().provider()));
      provider.addClassName("va-version-previous");
      box.add(provider);
    }
    return box;
  }

  /** The serving version and the plugin API it requires; the staged and previous ones beside it. */
  private Div version(PluginRow row) {
    Div box = new Div(new Span(String.valueOf(row.status().version())));
    box.addClassName("va-plugin-versions");
    if (row.status().requires() != null) {
      Span requires = new Span(getTranslation("lifecycle.requires", row.status().requires()));
      requires.addClassName("va-version-previous");
      box.add(requires);
    }
    if (row.stagedVersion() != null) {
      Span staged = new Span(getTranslation("lifecycle.version.staged", row.stagedVersion()));
      staged.addClassName("va-version-staged");
      box.add(staged);
    }
    if (row.previousVersion() != null) {
      Span previous = new Span(getTranslation("lifecycle.version.previous", row.previousVersion()));
      previous.addClassName("va-version-previous");
      box.add(previous);
    }
    return box;
  }

  private Span state(PluginRow row) {
    PluginStatus status = row.status();
    Span badge = new Span(status.state());
    badge.addClassName("va-state");
    badge.addClassName("va-state-" + status.state().toLowerCase(Locale.ROOT));
    if (status.error() != null && "STARTED".equals(status.state())) {
      badge.addClassName("va-state-failed");
    }
    return badge;
  }

  private Span publication(PluginRow row) {
    String p = row.publication();
    Span badge = new Span(p == null ? "" : getTranslation("lifecycle.publication." + p));
    badge.addClassName("va-publication");
    if (p != null) {
      badge.addClassName("va-publication-" + p);
      badge.getElement().setAttribute("data-publication", p);
    }
    return badge;
  }

  private Component actions(PluginRow row) {
    Div buttons = new Div();
    buttons.addClassName("va-plugin-actions");
    buttons.getElement().setAttribute("data-plugin", row.id());
    if (row.install() == null || !ownership.mayActOnPlugin(actor, row.id())) {
      return buttons;
    }
    boolean staff = Actors.isStaff(actor);
    boolean disabled = "DISABLED".equals(row.status().state());
    if (row.stagedVersion() != null) {
      if (!row.topicIds().isEmpty()) {
        Anchor preview =
            new Anchor(
                "topic/" + row.topicIds().get(0) + "?version=staged",
                getTranslation("lifecycle.action.preview"));
        preview.addClassName("va-action-preview");
        buttons.add(preview);
      }
      if (staff) {
        buttons.add(button("publishStaged", id -> lifecycle.publish(id, actor), row, true));
      }
      buttons.add(button("discard", id -> lifecycle.discardStaged(id, actor), row, false));
    }
    if (staff && row.previousVersion() != null && row.stagedVersion() == null) {
      buttons.add(button("restore", id -> lifecycle.restore(id, actor), row, false));
    }
    if (staff && row.isDraft() && !disabled) {
      buttons.add(button("publish", id -> lifecycle.publish(id, actor), row, true));
    } else if (staff && !row.isDraft()) {
      buttons.add(button("unpublish", id -> lifecycle.unpublish(id, actor), row, false));
    }
    if (disabled) {
      buttons.add(button("enable", id -> lifecycle.enable(id, actor), row, false));
    } else {
      buttons.add(button("disable", id -> lifecycle.disable(id, actor), row, false));
    }
    Button remove =
        new Button(
            getTranslation("lifecycle.action.remove"),
            e ->
                new RemovePluginDialog(
                        row.id(),
                        deleteData ->
                            act(row.id(), "remove", id -> lifecycle.remove(id, deleteData, actor)))
                    .open());
    remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    remove.addClassName("va-action-remove");
    buttons.add(remove);
    return buttons;
  }

  private Button button(String action, Consumer<String> run, PluginRow row, boolean primary) {
    Button b =
        new Button(getTranslation("lifecycle.action." + action), e -> act(row.id(), action, run));
    b.addThemeVariants(ButtonVariant.LUMO_SMALL);
    if (primary) {
      b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
    b.addClassName("va-action-" + action);
    return b;
  }

  private void act(String pluginId, String action, Consumer<String> run) {
    try {
      run.accept(pluginId);
      Notification.show(
          getTranslation("lifecycle.done." + action, pluginId),
          4000,
          Notification.Position.BOTTOM_START);
    } catch (RuntimeException e) {
      Notification.show(
          getTranslation("lifecycle.action.failed", pluginId, e.getMessage()),
          8000,
          Notification.Position.BOTTOM_START);
    }
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("plugins.title") + " – " + getTranslation("app.name");
  }
}

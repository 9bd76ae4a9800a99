package org.variatlas.app.users;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import org.variatlas.app.plugins.PluginRuntime;
import org.variatlas.app.plugins.PluginStatus;
import org.variatlas.app.security.OwnershipRepository;
import org.variatlas.app.security.Role;
import org.variatlas.app.security.StoredUser;
import org.variatlas.app.security.UserAccounts;
import org.variatlas.app.shell.MainLayout;

/**
 * For administrators: the built-in users (create, edit roles and organisation, disable, reset the
 * password, issue and revoke API tokens), the partner organisations, and which organisation owns
 * which plugin.
 */
@Route(value = "admin/users", layout = MainLayout.class)
@Menu(title = "nav.users", order = 5)
@RolesAllowed(Role.Names.ADMIN)
public class UsersView extends Div implements HasDynamicTitle {

  private final UserAccounts accounts;
  private final OwnershipRepository ownership;
  private final PluginRuntime plugins;
  private final Grid<StoredUser> users = new Grid<>();
  private final Grid<OwnershipRepository.Organisation> organisations = new Grid<>();
  private final Grid<PluginStatus> owners = new Grid<>();

  public UsersView(UserAccounts accounts, OwnershipRepository ownership, PluginRuntime plugins) {
    this.accounts = accounts;
    this.ownership = ownership;
    this.plugins = plugins;
    addClassName("va-users");
    add(new H1(getTranslation("users.title")));
    Paragraph lead = new Paragraph(getTranslation("users.lead"));
    lead.addClassName("va-lead");
    add(lead);
    configureUsers();
    configureOrganisations();
    configureOwners();
    refresh();
  }

  private void configureUsers() {
    Button create = new Button(getTranslation("users.create"), e -> edit(null));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setId("user-create");
    add(new H2(getTranslation("users.users")), create);
    users.setId("users");
    users.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    users
        .addColumn(StoredUser::username)
        .setHeader(getTranslation("users.username"))
        .setAutoWidth(true);
    users.addColumn(StoredUser::displayName).setHeader(getTranslation("users.displayName"));
    users
        .addColumn(
            u -> u.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
        .setHeader(getTranslation("users.roles"))
        .setAutoWidth(true);
    users
        .addColumn(u -> u.organisation() == null ? "" : u.organisation())
        .setHeader(getTranslation("users.organisation"))
        .setAutoWidth(true);
    users
        .addColumn(u -> getTranslation(u.enabled() ? "users.enabled" : "users.disabled"))
        .setHeader(getTranslation("users.state"))
        .setAutoWidth(true);
    users.addColumn(new ComponentRenderer<>(this::actions)).setFlexGrow(2);
    users.setAllRowsVisible(true);
    add(users);
  }

  private Component actions(StoredUser user) {
    Button edit = small("users.edit", () -> edit(user));
    Button password =
        small(
            "users.resetPassword", () -> new PasswordDialog(accounts, user, this::refresh).open());
    Button tokens = small("users.tokens", () -> new TokensDialog(accounts, user).open());
    Button enable =
        small(
            user.enabled() ? "users.disable" : "users.enable",
            () -> {
              accounts.setEnabled(user.id(), !user.enabled());
              refresh();
            });
    Div d = new Div(edit, password, tokens, enable);
    d.addClassName("va-users-actions");
    d.getElement().setAttribute("data-user", user.username());
    return d;
  }

  private void edit(StoredUser user) {
    new UserDialog(accounts, ownership.organisations(), user, this::refresh).open();
  }

  private void configureOrganisations() {
    add(new H2(getTranslation("users.organisations")));
    organisations.addThemeVariants(GridVariant.LUMO_COMPACT);
    organisations
        .addColumn(OwnershipRepository.Organisation::id)
        .setHeader(getTranslation("users.organisation.id"));
    organisations
        .addColumn(OwnershipRepository.Organisation::name)
        .setHeader(getTranslation("users.organisation.name"));
    organisations.setAllRowsVisible(true);
    TextField id = new TextField(getTranslation("users.organisation.id"));
    id.setPattern("[a-z0-9][a-z0-9-]{0,63}");
    TextField name = new TextField(getTranslation("users.organisation.name"));
    Button add =
        new Button(
            getTranslation("users.organisation.add"),
            e -> {
              if (id.isInvalid() || id.getValue().isBlank() || name.getValue().isBlank()) {
                error(getTranslation("users.organisation.invalid"));
                return;
              }
              ownership.addOrganisation(id.getValue().trim(), name.getValue().trim());
              id.clear();
              name.clear();
              refresh();
            });
    Div form = new Div(id, name, add);
    form.addClassName("va-users-form");
    add(organisations, form);
  }

  private void configureOwners() {
    add(new H2(getTranslation("users.owners")));
    Paragraph lead = new Paragraph(getTranslation("users.owners.lead"));
    lead.addClassName("va-muted");
    add(lead);
    owners.setId("plugin-owners");
    owners.addThemeVariants(GridVariant.LUMO_COMPACT);
    owners.addColumn(PluginStatus::id).setHeader(getTranslation("users.owners.plugin"));
    owners
        .addColumn(new ComponentRenderer<>(this::ownerSelect))
        .setHeader(getTranslation("users.owners.organisation"));
    owners.setAllRowsVisible(true);
    add(owners);
  }

  private Component ownerSelect(PluginStatus plugin) {
    Select<String> select = new Select<>();
    Map<String, String> names =
        ownership.organisations().stream()
            .collect(
                Collectors.toMap(
                    OwnershipRepository.Organisation::id, OwnershipRepository.Organisation::name));
    java.util.List<String> items = new java.util.ArrayList<>();
    items.add("");
    items.addAll(names.keySet().stream().sorted().toList());
    select.setItems(items);
    select.setItemLabelGenerator(
        id -> id.isEmpty() ? getTranslation("users.owners.none") : names.getOrDefault(id, id));
    select.setValue(ownership.owner(plugin.id()).orElse(""));
    select.getElement().setAttribute("data-plugin", plugin.id());
    select.addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            ownership.setOwner(
                plugin.id(), e.getValue() == null || e.getValue().isEmpty() ? null : e.getValue());
            Notification.show(
                getTranslation("users.owners.saved"), 3000, Notification.Position.BOTTOM_START);
          }
        });
    return select;
  }

  private void refresh() {
    users.setItems(accounts.users());
    organisations.setItems(ownership.organisations());
    owners.setItems(plugins.plugins());
  }

  private Button small(String key, Runnable action) {
    Button b = new Button(getTranslation(key), e -> action.run());
    b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    b.getElement().setAttribute("data-action", key.substring(key.indexOf('.') + 1));
    return b;
  }

  private void error(String message) {
    Notification n = Notification.show(message, 5000, Notification.Position.MIDDLE);
    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  static Span muted(String text) {
    Span s = new Span(text);
    s.addClassName("va-muted");
    return s;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("users.title") + " – " + getTranslation("app.name");
  }
}

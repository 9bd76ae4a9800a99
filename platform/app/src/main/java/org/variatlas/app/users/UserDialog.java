package org.variatlas.app.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.variatlas.app.security.OwnershipRepository;
import org.variatlas.app.security.Role;
import org.variatlas.app.security.StoredUser;
import org.variatlas.app.security.UserAccounts;

/** Creates a user, or edits one's name shown, roles and (for a partner) organisation. */
class UserDialog extends Dialog {

  private final TextField username = new TextField(getTranslation("users.username"));
  private final TextField displayName = new TextField(getTranslation("users.displayName"));
  private final PasswordField password = new PasswordField(getTranslation("users.password"));
  private final CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.roles"));
  private final Select<String> organisation = new Select<>();
  private final Paragraph error = new Paragraph();
  private final UserAccounts accounts;
  private final StoredUser user;
  private final Runnable saved;

  /**
   * @param user the user to edit, or null to create one
   * @param saved run after a successful save (the dialog has closed)
   */
  UserDialog(
      UserAccounts accounts,
      List<OwnershipRepository.Organisation> organisations,
      StoredUser user,
      Runnable saved) {
    this.accounts = accounts;
    this.user = user;
    this.saved = saved;
    setHeaderTitle(
        user == null
            ? getTranslation("users.create")
            : getTranslation("users.editTitle", user.username()));
    setWidth("480px");
    username.setId("user-username");
    displayName.setId("user-display-name");
    password.setId("user-password");
    password.setHelperText(getTranslation("users.password.rule", UserAccounts.MIN_PASSWORD_LENGTH));
    roles.setItems(Role.values());
    roles.setItemLabelGenerator(r -> getTranslation("users.role." + r.name()));
    roles.setId("user-roles");
    organisations(organisations);
    if (user != null) {
      username.setValue(user.username());
      username.setReadOnly(true);
      displayName.setValue(user.displayName());
      roles.setValue(user.roles());
      organisation.setValue(user.organisation() == null ? "" : user.organisation());
    }
    error.addClassName("va-error");
    error.setId("user-error");
    VerticalLayout fields = new VerticalLayout(username, displayName);
    if (user == null) {
      fields.add(password);
    }
    fields.add(roles, organisation, error);
    fields.setPadding(false);
    fields.getChildren().forEach(c -> c.getElement().getStyle().set("width", "100%"));
    add(fields);

    Button save = new Button(getTranslation("users.save"), e -> save());
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("user-save");
    getFooter().add(new Button(getTranslation("users.cancel"), e -> close()), save);
  }

  /** The organisation choice: none, or one of the organisations by name. */
  private void organisations(List<OwnershipRepository.Organisation> organisations) {
    organisation.setLabel(getTranslation("users.organisation"));
    organisation.setId("user-organisation");
    List<String> ids = new ArrayList<>();
    ids.add("");
    organisations.forEach(o -> ids.add(o.id()));
    organisation.setItems(ids);
    organisation.setItemLabelGenerator(
        id ->
            id.isEmpty()
                ? getTranslation("users.organisation.none")
                : organisations.stream()
                    .filter(o -> o.id().equals(id))
                    .findFirst()
                    .map(OwnershipRepository.Organisation::name)
                    .orElse(id));
    organisation.setValue("");
  }

  /** Creates or updates the user; a refused value is said in the dialog, which stays open. */
  private void save() {
    Set<Role> chosen = roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
    try {
      if (user == null) {
        accounts.create(
            username.getValue(),
            displayName.getValue(),
            password.getValue(),
            chosen,
            organisation.getValue());
      } else {
        accounts.update(user.id(), displayName.getValue(), chosen, organisation.getValue());
      }
    } catch (IllegalArgumentException ex) {
      error.setText(ex.getMessage());
      return;
    }
    close();
    saved.run();
  }
}

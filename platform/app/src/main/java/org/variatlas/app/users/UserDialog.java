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

  private final Paragraph error = new Paragraph();

  UserDialog(
      UserAccounts accounts,
      List<OwnershipRepository.Organisation> organisations,
      StoredUser user,
      Runnable saved) {
    setHeaderTitle(
        user == null
            ? getTranslation("users.create")
            : getTranslation("users.editTitle", user.username()));
    setWidth("480px");
    TextField username = new TextField(getTranslation("users.username"));
    username.setId("user-username");
    TextField displayName = new TextField(getTranslation("users.displayName"));
    displayName.setId("user-display-name");
    PasswordField password = new PasswordField(getTranslation("users.password"));
    password.setId("user-password");
    password.setHelperText(getTranslation("users.password.rule", UserAccounts.MIN_PASSWORD_LENGTH));
    CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.roles"));
    roles.setItems(Role.values());
    roles.setItemLabelGenerator(r -> getTranslation("users.role." + r.name()));
    roles.setId("user-roles");
    Select<String> organisation = new Select<>();
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
                    .map(o -> o.name())
                    .orElse(id));
    organisation.setValue("");
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

    Button save = new Button(getTranslation("users.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("user-save");
    save.addClickListener(
        e -> {
          Set<Role> chosen =
              roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
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
        });
    getFooter().add(new Button(getTranslation("users.cancel"), e -> close()), save);
  }
}

package org.variatlas.app.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.variatlas.app.security.StoredUser;
import org.variatlas.app.security.UserAccounts;

/** Sets a user's new password: typed, or generated and shown once. */
class PasswordDialog extends Dialog {

  PasswordDialog(UserAccounts accounts, StoredUser user, Runnable done) {
    setHeaderTitle(getTranslation("users.resetPassword.title", user.username()));
    setWidth("440px");
    PasswordField password = new PasswordField(getTranslation("users.password"));
    password.setId("reset-password");
    password.setHelperText(getTranslation("users.password.rule", UserAccounts.MIN_PASSWORD_LENGTH));
    password.setWidthFull();
    Paragraph error = new Paragraph();
    error.addClassName("va-error");
    VerticalLayout body = new VerticalLayout(password, error);
    body.setPadding(false);
    add(body);
    Button generate =
        new Button(
            getTranslation("users.resetPassword.generate"),
            e -> {
              String generated = UserAccounts.generatePassword();
              accounts.resetPassword(user.id(), generated);
              body.removeAll();
              TextField shown = new TextField(getTranslation("users.resetPassword.shownOnce"));
              shown.setValue(generated);
              shown.setReadOnly(true);
              shown.setWidthFull();
              shown.setId("generated-password");
              body.add(shown);
              getFooter().removeAll();
              getFooter().add(new Button(getTranslation("users.close"), c -> close()));
            });
    Button save = new Button(getTranslation("users.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(
        e -> {
          try {
            accounts.resetPassword(user.id(), password.getValue());
          } catch (IllegalArgumentException ex) {
            error.setText(ex.getMessage());
            return;
          }
          close();
          done.run();
        });
    getFooter().add(new Button(getTranslation("users.cancel"), e -> close()), generate, save);
  }
}

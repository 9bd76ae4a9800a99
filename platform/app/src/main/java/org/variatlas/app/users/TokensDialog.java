package org.variatlas.app.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.variatlas.app.security.IssuedToken;
import org.variatlas.app.security.StoredUser;
import org.variatlas.app.security.UserAccounts;

/**
 * A user's API tokens: issue one (its secret is shown once, only its hash is kept), see when each
 * expires and was last used, revoke one.
 */
class TokensDialog extends Dialog {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final UserAccounts accounts;
  private final StoredUser user;
  private final Grid<IssuedToken> grid = new Grid<>();
  private final Div issued = new Div();

  TokensDialog(UserAccounts accounts, StoredUser user) {
    this.accounts = accounts;
    this.user = user;
    setHeaderTitle(getTranslation("users.tokens.title", user.username()));
    setWidth("760px");
    grid.setId("tokens");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.addColumn(IssuedToken::name).setHeader(getTranslation("users.tokens.name"));
    grid.addColumn(t -> t.prefix() + "…")
        .setHeader(getTranslation("users.tokens.prefix"))
        .setAutoWidth(true);
    grid.addColumn(t -> WHEN.format(t.expiresAt()))
        .setHeader(getTranslation("users.tokens.expires"))
        .setAutoWidth(true);
    grid.addColumn(t -> t.lastUsedAt() == null ? "" : WHEN.format(t.lastUsedAt()))
        .setHeader(getTranslation("users.tokens.used"))
        .setAutoWidth(true);
    grid.addColumn(new ComponentRenderer<>(this::state)).setAutoWidth(true);
    grid.setAllRowsVisible(true);

    TextField name = new TextField(getTranslation("users.tokens.name"));
    name.setId("token-name");
    IntegerField days = new IntegerField(getTranslation("users.tokens.days"));
    days.setMin(1);
    days.setMax(3650);
    days.setValue(90);
    days.setId("token-days");
    Paragraph error = new Paragraph();
    error.addClassName("va-error");
    Button issue =
        new Button(
            getTranslation("users.tokens.issue"),
            e -> {
              try {
                int d = days.getValue() == null ? 90 : Math.max(1, Math.min(3650, days.getValue()));
                UserAccounts.NewToken token =
                    accounts.issueToken(user.id(), name.getValue(), Duration.ofDays(d));
                show(token.secret());
                name.clear();
                error.setText("");
                refresh();
              } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
              }
            });
    issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    issue.setId("token-issue");
    Div form = new Div(name, days, issue);
    form.addClassName("va-users-form");
    VerticalLayout body = new VerticalLayout(grid, form, error, issued);
    body.setPadding(false);
    add(body);
    getFooter().add(new Button(getTranslation("users.close"), e -> close()));
    refresh();
  }

  private void show(String secret) {
    issued.removeAll();
    issued.setWidthFull();
    TextField shown = new TextField(getTranslation("users.tokens.shownOnce"));
    shown.setValue(secret);
    shown.setReadOnly(true);
    shown.setWidthFull();
    shown.setId("token-secret");
    issued.add(shown);
  }

  private com.vaadin.flow.component.Component state(IssuedToken token) {
    if (!token.valid(OffsetDateTime.now())) {
      return UsersView.muted(
          getTranslation(
              token.revokedAt() != null ? "users.tokens.revoked" : "users.tokens.expired"));
    }
    Button revoke =
        new Button(
            getTranslation("users.tokens.revoke"),
            e -> {
              accounts.revokeToken(token.id());
              refresh();
            });
    revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    return revoke;
  }

  private void refresh() {
    grid.setItems(accounts.tokens(user.id()));
  }
}

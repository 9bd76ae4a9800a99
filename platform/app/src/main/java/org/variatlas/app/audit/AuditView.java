package org.variatlas.app.audit;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.variatlas.app.security.Role;
import org.variatlas.app.shell.MainLayout;

/** For editors and administrators: the audit trail, newest first, filtered by who, what, when. */
@Route(value = "admin/audit", layout = MainLayout.class)
@Menu(title = "nav.audit", order = 4)
@RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
public class AuditView extends Div implements HasDynamicTitle {

  private static final int LIMIT = 500;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final AuditLog audit;
  private final Grid<AuditEvent> grid = new Grid<>();
  private final TextField actor = new TextField();
  private final ComboBox<String> action = new ComboBox<>();
  private final ComboBox<String> outcome = new ComboBox<>();
  private final DatePicker from = new DatePicker();
  private final DatePicker to = new DatePicker();

  public AuditView(AuditLog audit) {
    this.audit = audit;
    addClassName("va-audit");
    add(new H1(getTranslation("audit.title")));
    Paragraph lead = new Paragraph(getTranslation("audit.lead"));
    lead.addClassName("va-lead");
    add(lead, filters());
    configureGrid();
    add(grid);
    refresh();
  }

  private Div filters() {
    actor.setLabel(getTranslation("audit.filter.actor"));
    actor.setValueChangeMode(ValueChangeMode.LAZY);
    actor.addClassName("va-audit-actor");
    action.setLabel(getTranslation("audit.filter.action"));
    action.setItems(
        List.of(
            AuditLog.SIGN_IN,
            "plugin.",
            AuditLog.PLUGIN_INSTALL,
            AuditLog.PLUGIN_PUBLISH,
            AuditLog.PLUGIN_UNPUBLISH,
            AuditLog.PLUGIN_DISABLE,
            AuditLog.PLUGIN_ENABLE,
            AuditLog.PLUGIN_REMOVE,
            AuditLog.PLUGIN_UPGRADE,
            AuditLog.PLUGIN_RESTORE,
            AuditLog.LOAD_RUN,
            AuditLog.UPLOAD,
            AuditLog.DATA_DELETE));
    action.setClearButtonVisible(true);
    action.addClassName("va-audit-action");
    outcome.setLabel(getTranslation("audit.filter.outcome"));
    outcome.setItems(AuditLog.OK, AuditLog.REFUSED, AuditLog.FAILED);
    outcome.setClearButtonVisible(true);
    from.setLabel(getTranslation("audit.filter.from"));
    to.setLabel(getTranslation("audit.filter.to"));
    actor.addValueChangeListener(e -> refresh());
    action.addValueChangeListener(e -> refresh());
    outcome.addValueChangeListener(e -> refresh());
    from.addValueChangeListener(e -> refresh());
    to.addValueChangeListener(e -> refresh());
    Div bar = new Div(actor, action, outcome, from, to);
    bar.addClassName("va-audit-filters");
    return bar;
  }

  private void configureGrid() {
    grid.addClassName("va-audit-grid");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(e -> WHEN.format(e.at().atZoneSameInstant(ZoneOffset.UTC)) + " UTC")
        .setHeader(getTranslation("audit.at"))
        .setWidth("8.5rem")
        .setFlexGrow(0);
    grid.addColumn(e -> e.actor() == null ? getTranslation("audit.platform") : e.actor())
        .setHeader(getTranslation("audit.actor"))
        .setAutoWidth(true);
    // What and on what in one cell, so that a narrow screen shows the event without scrolling.
    grid.addColumn(
            new ComponentRenderer<>(
                e -> {
                  Div what = new Div(new Span(e.action()));
                  what.addClassName("va-audit-what");
                  if (e.target() != null) {
                    Span on = new Span(e.target());
                    on.addClassName("va-audit-target");
                    what.add(on);
                  }
                  return what;
                }))
        .setHeader(getTranslation("audit.action"))
        .setFlexGrow(2);
    grid.addColumn(AuditEvent::outcome)
        .setHeader(getTranslation("audit.outcome"))
        .setAutoWidth(true);
    grid.addColumn(AuditEvent::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(3);
    grid.setAllRowsVisible(true);
  }

  private void refresh() {
    grid.setItems(
        audit.find(
            new AuditLog.Filter(
                actor.getValue(), action.getValue(), outcome.getValue(), start(from), end(to)),
            LIMIT));
  }

  private static OffsetDateTime start(DatePicker day) {
    LocalDate d = day.getValue();
    return d == null ? null : d.atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  private static OffsetDateTime end(DatePicker day) {
    LocalDate d = day.getValue();
    return d == null ? null : d.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("audit.title") + " – " + getTranslation("app.name");
  }
}

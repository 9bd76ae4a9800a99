package org.variatlas.app.loads;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.variatlas.api.model.LoadProblem;

/**
 * The details of one load run on {@code /admin/loads}: outcome, sources, who started it, its
 * problems (file, line, column, value, rule); for an applied run of a topic, a button that deletes
 * the data it applied (after asking).
 */
class RunDetailsPanel extends Div {

  /** How the page shows runs, shared with its grid. */
  interface Texts {
    String what(LoadRunRecord run);

    Span status(String status);

    String number(long n);
  }

  RunDetailsPanel(
      LoadRunRecord run,
      List<LoadProblem> problems,
      Texts texts,
      RunDataDeletion deletion,
      Authentication actor,
      Runnable changed) {
    addClassName("va-loads-details-panel");
    H3 title = new H3(getTranslation("loads.details", run.id(), texts.what(run)));
    Div head = new Div(title, texts.status(run.status()));
    head.addClassName("va-loads-details-head");
    add(head);
    String message = message(run, problems, texts);
    if (message != null) {
      add(field("loads.message", message));
    }
    if (!run.sources().isBlank()) {
      add(field("loads.sources", run.sources().replace("\n", " · ")));
    }
    add(
        field(
            "loads.startedBy",
            run.startedBy() == null
                ? getTranslation("loads.startedBy.platform")
                : run.startedBy()));
    if (run.applied() && run.topicId() != null) {
      add(deleteButton(run, deletion, actor, changed));
    }
    if (problems.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("loads.problems.none"));
      none.addClassName("va-muted");
      add(none);
      return;
    }
    if (run.problemCount() > problems.size()) {
      add(
          new Paragraph(
              getTranslation("loads.problems.more", problems.size(), run.problemCount())));
    }
    add(problemGrid(problems, texts));
  }

  private Component deleteButton(
      LoadRunRecord run, RunDataDeletion deletion, Authentication actor, Runnable changed) {
    Button delete = new Button(getTranslation("loads.deleteData"));
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
    delete.setId("load-delete-data");
    delete.addClickListener(
        e -> {
          Dialog ask = new Dialog();
          ask.setHeaderTitle(getTranslation("loads.deleteData.title", run.id()));
          ask.add(new Paragraph(getTranslation("loads.deleteData.text")));
          Button confirm =
              new Button(
                  getTranslation("loads.deleteData"),
                  c -> {
                    ask.close();
                    try {
                      int rows = deletion.delete(run.id(), actor);
                      Notification.show(
                          getTranslation("loads.deleteData.done", rows, run.id()),
                          5000,
                          Notification.Position.BOTTOM_START);
                    } catch (RuntimeException ex) {
                      Notification.show(ex.getMessage(), 8000, Notification.Position.BOTTOM_START);
                    }
                    changed.run();
                  });
          confirm.setId("load-delete-data-confirm");
          confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
          ask.getFooter()
              .add(
                  new Button(getTranslation("lifecycle.remove.cancel"), c -> ask.close()), confirm);
          ask.open();
        });
    return delete;
  }

  private Grid<LoadProblem> problemGrid(List<LoadProblem> problems, Texts texts) {
    Grid<LoadProblem> grid = new Grid<>();
    grid.setId("load-problems");
    grid.addClassName("va-loads-problems");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(p -> p.where().file())
        .setHeader(getTranslation("loads.problem.file"))
        .setFlexGrow(2);
    grid.addColumn(p -> p.where().line() > 0 ? texts.number(p.where().line()) : "")
        .setHeader(getTranslation("loads.problem.line"))
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(p -> p.where().column())
        .setHeader(getTranslation("loads.problem.column"))
        .setAutoWidth(true);
    grid.addColumn(p -> p.where().value())
        .setHeader(getTranslation("loads.problem.value"))
        .setAutoWidth(true);
    grid.addColumn(
            new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                p -> {
                  Span rule = new Span(p.rule());
                  rule.addClassName("va-loads-rule");
                  return rule;
                }))
        .setHeader(getTranslation("loads.problem.rule"))
        .setAutoWidth(true);
    grid.addColumn(LoadProblem::message)
        .setHeader(getTranslation("loads.problem.message"))
        .setFlexGrow(4);
    grid.setItems(problems);
    grid.setAllRowsVisible(problems.size() <= 12);
    if (problems.size() > 12) {
      grid.setHeight("420px");
    }
    return grid;
  }

  /**
   * The outcome in the page's language; a loader's or the platform's own failure keeps its recorded
   * reason (it names what went wrong, in the words of the code that failed).
   */
  private String message(LoadRunRecord run, List<LoadProblem> problems, Texts texts) {
    boolean ownFailure =
        problems.stream()
            .anyMatch(p -> p.rule().equals("loader-error") || p.rule().equals("run-error"));
    if (LoadRunRecord.APPLIED.equals(run.status())) {
      return getTranslation("loads.message.applied", texts.number(run.rowsAccepted()))
          + (run.message() != null && run.message().contains("; data deleted")
              ? " " + run.message().substring(run.message().indexOf("; data deleted") + 2)
              : "");
    }
    if (LoadRunRecord.FAILED.equals(run.status()) && run.problemCount() > 0 && !ownFailure) {
      return getTranslation("loads.message.failed", texts.number(run.problemCount()));
    }
    return run.message();
  }

  private Component field(String label, String value) {
    Span l = new Span(getTranslation(label));
    l.addClassName("va-loads-field-label");
    Span v = new Span(value);
    v.addClassName("va-loads-field-value");
    Div d = new Div(l, v);
    d.addClassName("va-loads-field");
    return d;
  }
}

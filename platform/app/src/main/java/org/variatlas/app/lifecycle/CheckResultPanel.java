package org.variatlas.app.lifecycle;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.variatlas.app.plugins.PluginCheck;

/** What the checks of an uploaded jar found: the descriptor's fields and every check's outcome. */
class CheckResultPanel extends Div {

  CheckResultPanel(PluginInstaller.Outcome outcome) {
    PluginCheck check = outcome.check();
    addClassName("va-plugin-check");
    getElement().setAttribute("data-installed", String.valueOf(outcome.installed()));
    H3 title =
        new H3(
            getTranslation(
                !outcome.installed()
                    ? "lifecycle.check.refused"
                    : outcome.staged() ? "lifecycle.check.staged" : "lifecycle.check.installed",
                check.file()));
    title.addClassName(outcome.installed() ? "va-check-ok" : "va-check-refused");
    add(title);
    add(
        new Paragraph(
            getTranslation(
                "lifecycle.check.descriptor",
                dash(check.id()),
                dash(check.version()),
                dash(check.provider()),
                dash(check.requires()),
                check.apiVersion())));
    UnorderedList items = new UnorderedList();
    items.addClassName("va-check-items");
    for (PluginCheck.Item item : check.checks()) {
      Span mark = new Span(item.passed() ? "✓" : "✗");
      mark.addClassName(item.passed() ? "va-check-pass" : "va-check-fail");
      mark.getElement().setAttribute("aria-hidden", "true");
      Span name = new Span(getTranslation("lifecycle.check." + item.key()));
      name.addClassName("va-check-name");
      Span verdict =
          new Span(getTranslation(item.passed() ? "lifecycle.check.pass" : "lifecycle.check.fail"));
      verdict.addClassName("va-visually-hidden");
      Span detail = new Span(item.detail());
      detail.addClassName("va-check-detail");
      ListItem li = new ListItem(mark, name, verdict, new Span(": "), detail);
      li.getElement().setAttribute("data-check", item.key());
      li.getElement().setAttribute("data-passed", String.valueOf(item.passed()));
      items.add(li);
    }
    if (check.passed() && !outcome.installed() && outcome.status() != null) {
      ListItem li =
          new ListItem(
              new Span("✗ " + getTranslation("lifecycle.check.start") + ": "),
              new Span(String.valueOf(outcome.status().error())));
      li.getElement().setAttribute("data-check", "start");
      li.getElement().setAttribute("data-passed", "false");
      items.add(li);
    }
    add(items);
  }

  private static String dash(String s) {
    return s == null ? "–" : s;
  }
}

package org.variatlas.app.lifecycle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;

/**
 * Asks before a plugin is removed, and whether its topics' loaded counts and results go too (kept
 * by default, so that a reinstall finds them).
 */
class RemovePluginDialog extends Dialog {

  RemovePluginDialog(String pluginId, Consumer<Boolean> remove) {
    addClassName("va-remove-dialog");
    setHeaderTitle(getTranslation("lifecycle.remove.title", pluginId));
    add(new Paragraph(getTranslation("lifecycle.remove.text")));
    Checkbox deleteData = new Checkbox(getTranslation("lifecycle.remove.deleteData"));
    deleteData.addClassName("va-delete-data");
    add(deleteData);
    Button confirm =
        new Button(
            getTranslation("lifecycle.remove.confirm"),
            e -> {
              close();
              remove.accept(deleteData.getValue());
            });
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    confirm.addClassName("va-remove-confirm");
    Button cancel = new Button(getTranslation("lifecycle.remove.cancel"), e -> close());
    getFooter().add(cancel, confirm);
  }
}

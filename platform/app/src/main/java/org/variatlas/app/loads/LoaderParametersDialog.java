package org.variatlas.app.loads;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.variatlas.api.model.LoaderParameter;

/**
 * Asks an editor for a loader's parameters (an uploaded file, a choice, a text) and starts the run
 * with them. An uploaded file is handed to the loader as an absolute path (under its original name,
 * see {@link Uploads}) and deleted when the run is over, or when the dialog is cancelled or closed,
 * the file removed or its upload failed. A file over the size limit is refused before it is sent
 * (and by the server before it reads it), with the reason in the dialog.
 */
class LoaderParametersDialog extends Dialog {

  private final Map<String, Supplier<String>> values = new LinkedHashMap<>();
  private final List<File> uploads = new java.util.ArrayList<>();
  private final Uploads storage;
  private boolean started;

  /**
   * @param run starts the run with the parameters; it is handed a callback to call when the run is
   *     over (the uploaded files are deleted then)
   */
  LoaderParametersDialog(
      String title,
      List<LoaderParameter> parameters,
      Locale locale,
      Uploads storage,
      java.util.function.BiConsumer<Map<String, String>, Runnable> run) {
    this.storage = storage;
    setHeaderTitle(title);
    setWidth("560px");
    VerticalLayout fields = new VerticalLayout();
    fields.setPadding(false);
    for (LoaderParameter p : parameters) {
      fields.add(field(p, locale));
    }
    Paragraph note = new Paragraph(getTranslation("loads.parameters.note"));
    note.addClassName("va-muted");
    fields.add(note);
    add(fields);

    Button start = new Button(getTranslation("loads.parameters.start"));
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    start.setId("loader-parameters-start");
    start.addClickListener(
        e -> {
          Map<String, String> given = new LinkedHashMap<>();
          values.forEach(
              (name, value) -> {
                String v = value.get();
                if (v != null && !v.isBlank()) {
                  given.put(name, v);
                }
              });
          List<File> files = List.copyOf(uploads);
          started = true;
          close();
          run.accept(given, () -> files.forEach(f -> storage.delete(f.toPath())));
        });
    Button cancel = new Button(getTranslation("loads.parameters.cancel"), e -> close());
    getFooter().add(cancel, start);
    addDialogCloseActionListener(e -> close());
    // Cancelled or closed without a run: the uploads are of no use.
    addOpenedChangeListener(
        e -> {
          if (!e.isOpened() && !started) {
            discardUploads();
          }
        });
  }

  private void discardUploads() {
    uploads.forEach(f -> storage.delete(f.toPath()));
    uploads.clear();
  }

  private Component field(LoaderParameter p, Locale locale) {
    String label = p.label().get(locale);
    return switch (p.kind()) {
      case FILE -> upload(p.name(), label);
      case CHOICE -> {
        Select<LoaderParameter.Choice> select = new Select<>();
        select.setLabel(label);
        select.setItems(p.choices());
        select.setItemLabelGenerator(c -> c.label().get(locale) + " (" + c.value() + ")");
        if (!p.choices().isEmpty()) {
          select.setValue(p.choices().get(0));
        }
        select.setWidthFull();
        select.getElement().setAttribute("data-parameter", p.name());
        values.put(p.name(), () -> select.getValue() == null ? null : select.getValue().value());
        yield select;
      }
      case TEXT -> {
        TextField text = new TextField(label);
        text.setWidthFull();
        text.getElement().setAttribute("data-parameter", p.name());
        values.put(p.name(), text::getValue);
        yield text;
      }
    };
  }

  private Component upload(String name, String label) {
    String[] path = new String[1];
    Span status = new Span();
    status.addClassName("va-muted");
    status.getElement().setAttribute("data-upload-status", name);
    long limit = storage.maxSize().toBytes();
    LimitedUpload handler = receiver(limit, status, path);
    Upload upload = new Upload(handler);
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit));
    UploadI18N i18n = new UploadI18N();
    i18n.setError(
        new UploadI18N.Error().setFileIsTooBig(getTranslation("loads.upload.tooBig", size(limit))));
    upload.setI18n(i18n);
    upload.addFileRejectedListener(
        e -> status.setText(getTranslation("loads.upload.tooBig", size(limit))));
    upload.addFailedListener(
        e ->
            status.setText(
                getTranslation(
                    "loads.upload.failed",
                    e.getReason() == null ? "" : String.valueOf(e.getReason().getMessage()))));
    upload.addFileRemovedListener(
        e -> {
          discardUploads();
          path[0] = null;
          status.setText("");
        });
    upload.setMaxFiles(1);
    upload.setAcceptedFileTypes(".csv", ".gz", ".csv.gz", "text/csv", "application/gzip");
    upload.getElement().setAttribute("data-parameter", name);
    values.put(name, () -> path[0]);
    Span caption = new Span(label);
    caption.addClassName("va-upload-label");
    VerticalLayout box = new VerticalLayout(caption, upload, status);
    box.setPadding(false);
    box.setSpacing(false);
    return box;
  }

  /**
   * Stores the file in the upload storage (at most {@code limit} bytes) and puts its path into
   * {@code path[0]}; a failed or cancelled upload leaves no file and no path.
   */
  private LimitedUpload receiver(long limit, Span status, String[] path) {
    LimitedUpload handler =
        new LimitedUpload(
            limit,
            (metadata, file) -> {
              uploads.add(file);
              path[0] = file.getAbsolutePath();
              getUI()
                  .ifPresent(
                      ui ->
                          ui.access(
                              () ->
                                  status.setText(
                                      getTranslation(
                                          "loads.parameters.uploaded", metadata.fileName()))));
            },
            metadata -> {
              File file = storage.newFile(metadata.fileName()).toFile();
              uploads.add(file);
              return file;
            });
    handler.whenComplete(
        ok -> {
          if (!ok) {
            discardUploads();
            path[0] = null;
          }
        });
    return handler;
  }

  /** A size for people: 512 MB. */
  static String size(long bytes) {
    long mb = bytes / (1024 * 1024);
    return mb >= 1 ? mb + " MB" : bytes / 1024 + " kB";
  }
}

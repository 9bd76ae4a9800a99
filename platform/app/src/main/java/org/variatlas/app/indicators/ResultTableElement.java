package org.variatlas.app.indicators;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * The browser side of {@link ResultGrid}: a {@code vaadin-grid} built by the browser from the JSON
 * at its {@code dataUrl} (see {@code variatlas/result-table.js}).
 */
@Tag("va-result-table")
@JsModule("./variatlas/result-table.js")
class ResultTableElement extends Component {}

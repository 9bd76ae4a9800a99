package org.variatlas.app.indicators;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * The browser side of a topic's result boxes: {@code <va-result-boxes>} builds the chapters, boxes
 * and dot strips from the JSON at its {@code dataUrl} ({@link TopicBoxes}; see {@code
 * variatlas/result-boxes.js}).
 */
@Tag("va-result-boxes")
@JsModule("./variatlas/result-boxes.js")
class ResultBoxesElement extends Component {}

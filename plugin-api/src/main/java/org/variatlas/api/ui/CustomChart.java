package org.variatlas.api.ui;

/**
 * Any ECharts chart from a raw option, for what the typed charts do not cover. The option is JSON
 * (no functions): see the <a href="https://echarts.apache.org/en/option.html">ECharts option
 * reference</a>. Only the modules the kit registers are available: bar, line, scatter and custom
 * series; grid, tooltip, legend, title, mark line/area, data zoom and visual map components. Data
 * items with a {@code code} field fire {@link AreaClickEvent}s when clicked; selection is not drawn
 * (the option decides its own colours).
 *
 * <pre>{@code
 * CustomChart pie = new CustomChart();
 * pie.setOption("""
 *     {"xAxis":{"type":"category","data":["2022","2023"]},"yAxis":{},
 *      "series":[{"type":"bar","data":[{"value":5,"code":"16"},{"value":7,"code":"2"}]}]}""");
 * }</pre>
 */
public class CustomChart extends EChart {

  private String option = "{}";

  /** Replaces the chart's ECharts option (JSON). */
  public void setOption(String optionJson) {
    this.option = optionJson == null || optionJson.isBlank() ? "{}" : optionJson;
    refresh();
  }

  @Override
  String kind() {
    return "custom";
  }

  @Override
  void writeData(JsonWriter json, RenderContext context) {
    json.name("option").raw(option);
  }

  @Override
  String describe(RenderContext context) {
    return null;
  }
}

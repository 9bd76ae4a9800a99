/**
 * The UI kit: Vaadin components that the platform's pages and the plugins' fact sheets share.
 *
 * <ul>
 *   <li>{@link org.variatlas.api.ui.AreaMap} — Leaflet map of areas from GeoJSON: choropleth
 *       ({@link org.variatlas.api.ui.ChoroplethStyle}), legend, tooltips, selection, Oslo inset.
 *   <li>{@link org.variatlas.api.ui.RankedBarChart}, {@link org.variatlas.api.ui.TrendChart},
 *       {@link org.variatlas.api.ui.FunnelChart}, {@link org.variatlas.api.ui.DotStrip} — Apache
 *       ECharts charts of {@link org.variatlas.api.model.IndicatorResults}, with PNG export and a
 *       text alternative; {@link org.variatlas.api.ui.CustomChart} for a raw ECharts option.
 *   <li>{@link org.variatlas.api.ui.AreaSelection} — one selection for any number of {@link
 *       org.variatlas.api.ui.SelectableAreas}: a click in one toggles the area in all.
 * </ul>
 *
 * <p>Wiring a page:
 *
 * <pre>{@code
 * AreaSelection selection = new AreaSelection();
 * AreaMap map = new AreaMap();
 * map.setAreas(geoJson);
 * map.setResults(results);
 * RankedBarChart bars = new RankedBarChart();
 * bars.setResults(results);
 * selection.connect(map, bars);
 * selection.addChangeListener(codes -> updateUrl(codes));
 * }</pre>
 *
 * <p>The components' browser modules live in {@code META-INF/resources/frontend/variatlas/}; the
 * platform lists every component with {@code @Uses} on its app shell, so they are in the production
 * bundle even when only a plugin uses them. All texts are {@code kit.*} keys of {@code
 * vaadin-i18n/kit_{nb,nn,en}.properties}. The showcase is the app's {@code admin/ui-kit} page.
 */
package org.variatlas.api.ui;

package org.variatlas.api.model;

/**
 * Where a topic's data come from, shown on the topic's page, its fact sheet and the atlas' page
 * about the data, e.g. {@code DataSource.of(text("source.npr"), text("source.npr.attribution"))
 * .licence("NLOD 2.0").url("https://www.fhi.no/...")}.
 *
 * @param name the source, e.g. "Norwegian Patient Registry (NPR)"
 * @param use what the topic uses it for, or null
 * @param licence the licence of the data as the source states it (e.g. {@code CC BY 4.0}), or null
 * @param attribution the credit the source asks for, as it must be shown
 * @param url where to read about it, or null
 * @since 1.1.0
 */
public record DataSource(
    LocalizedText name, LocalizedText use, String licence, LocalizedText attribution, String url) {

  public DataSource {
    if (name == null || attribution == null) {
      throw new IllegalArgumentException("a data source needs a name and an attribution");
    }
    licence = licence == null || licence.isBlank() ? null : licence;
    url = url == null || url.isBlank() ? null : url;
  }

  public static DataSource of(LocalizedText name, LocalizedText attribution) {
    return new DataSource(name, null, null, attribution, null);
  }

  public DataSource use(LocalizedText use) {
    return new DataSource(name, use, licence, attribution, url);
  }

  public DataSource licence(String licence) {
    return new DataSource(name, use, licence, attribution, url);
  }

  public DataSource url(String url) {
    return new DataSource(name, use, licence, attribution, url);
  }
}

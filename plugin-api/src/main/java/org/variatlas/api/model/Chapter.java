package org.variatlas.api.model;

/** A group of indicators within a topic, e.g. "Anxiety and stress-related disorders". */
public record Chapter(String id, LocalizedText title, LocalizedText introduction) {

  public Chapter {
    Ids.requireKebab(id, "chapter id");
    if (title == null) {
      throw new IllegalArgumentException("chapter " + id + " needs a title");
    }
  }

  public static Chapter of(String id, LocalizedText title) {
    return new Chapter(id, title, null);
  }
}

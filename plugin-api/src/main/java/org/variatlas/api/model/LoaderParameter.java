package org.variatlas.api.model;

import java.util.List;

/**
 * A parameter an editor gives when running a {@link org.variatlas.api.DataLoader} by hand, so the
 * platform can ask for it: a file to upload, a choice among values, or a text.
 *
 * @param name the parameter's name as {@link org.variatlas.api.LoadContext#parameter} reads it
 * @param label what the editor is asked
 * @param kind how it is asked
 * @param choices the values to choose from, with what the editor sees ({@link Kind#CHOICE}), empty
 *     otherwise
 * @param required whether a run needs it
 */
public record LoaderParameter(
    String name, LocalizedText label, Kind kind, List<Choice> choices, boolean required) {

  /**
   * One value of a {@link Kind#CHOICE} parameter.
   *
   * @param value what the loader receives
   * @param label what the editor sees
   */
  public record Choice(String value, LocalizedText label) {

    public Choice {
      if (value == null || value.isBlank() || label == null) {
        throw new IllegalArgumentException("a choice needs a value and a label");
      }
    }

    /** A choice the editor sees as its value. */
    public static Choice of(String value) {
      return new Choice(value, LocalizedText.of(value));
    }
  }

  /** How the platform asks for a parameter. */
  public enum Kind {
    /** A file the editor uploads; the loader receives its absolute path. */
    FILE,
    /** One of {@link #choices()}. */
    CHOICE,
    /** Free text. */
    TEXT
  }

  public LoaderParameter {
    if (name == null || name.isBlank() || label == null || kind == null) {
      throw new IllegalArgumentException("a loader parameter needs a name, a label and a kind");
    }
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  public static LoaderParameter file(String name, LocalizedText label) {
    return new LoaderParameter(name, label, Kind.FILE, List.of(), true);
  }

  public static LoaderParameter choice(String name, LocalizedText label, List<Choice> choices) {
    return new LoaderParameter(name, label, Kind.CHOICE, choices, true);
  }
}

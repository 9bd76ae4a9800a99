package org.variatlas.app.loads;

import java.util.List;

/**
 * A loader's exception as its author needs it on the run's page: the exception's type, its message
 * and the first stack frame in the plugin's own code (not the JDK's, the platform's, the SDK's or a
 * library's), e.g. {@code IllegalStateException: the extract is locked (at
 * org.example.HipFractureLoader.load(HipFractureLoader.java:42))}.
 */
final class LoaderFailures {

  /** Packages that are not the plugin's own code. */
  private static final List<String> NOT_PLUGIN_CODE =
      List.of(
          "java.",
          "javax.",
          "jdk.",
          "sun.",
          "com.sun.",
          "org.variatlas.app.",
          "org.variatlas.api.",
          "org.variatlas.sdk.",
          "org.variatlas.engine.",
          "org.springframework.",
          "org.pf4j.",
          "org.jooq.",
          "org.postgresql.",
          "com.zaxxer.",
          "de.siegmar.");

  private LoaderFailures() {}

  static String describe(Throwable e) {
    String simple = e.getClass().getSimpleName();
    String type = simple.isEmpty() ? e.getClass().getName() : simple;
    String message = e.getMessage();
    StringBuilder out = new StringBuilder(type);
    if (message != null && !message.isBlank()) {
      out.append(": ").append(message);
    }
    StackTraceElement frame = firstPluginFrame(e);
    if (frame != null) {
      out.append(" (at ").append(frame).append(')');
    }
    return out.toString();
  }

  /**
   * The first frame in plugin code, of the exception or, failing that, of its causes; else where it
   * was thrown (null without a stack trace).
   */
  static StackTraceElement firstPluginFrame(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (StackTraceElement frame : t.getStackTrace()) {
        if (isPluginCode(frame.getClassName())) {
          return frame;
        }
      }
    }
    return e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
  }

  private static boolean isPluginCode(String className) {
    return NOT_PLUGIN_CODE.stream().noneMatch(className::startsWith);
  }
}

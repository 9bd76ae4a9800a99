package org.variatlas.app.loads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class LoaderFailuresTest {

  private static StackTraceElement frame(String className, String method, int line) {
    String file = className.substring(className.lastIndexOf('.') + 1) + ".java";
    return new StackTraceElement(className, method, file, line);
  }

  @Test
  void theTypeTheMessageAndTheFirstFrameInThePluginsOwnCode() {
    IllegalStateException e = new IllegalStateException("the registry extract is locked");
    e.setStackTrace(
        new StackTraceElement[] {
          frame("java.util.Objects", "requireNonNull", 233),
          frame("org.variatlas.sdk.counts.CountFile", "read", 88),
          frame("org.example.hip.HipFractureLoader", "load", 42),
          frame("org.variatlas.app.loads.TopicLoad", "stage", 110)
        });

    assertThat(LoaderFailures.describe(e))
        .isEqualTo(
            "IllegalStateException: the registry extract is locked"
                + " (at org.example.hip.HipFractureLoader.load(HipFractureLoader.java:42))");
  }

  @Test
  void aCauseIsSearchedWhenTheExceptionHasNoPluginFrameAndTheTopFrameIsTheFallback() {
    IllegalArgumentException cause = new IllegalArgumentException("bad");
    cause.setStackTrace(new StackTraceElement[] {frame("org.example.Loader", "parse", 7)});
    java.io.IOException io = new java.io.IOException(cause);
    io.setStackTrace(new StackTraceElement[] {frame("java.io.Reader", "fill", 2)});
    UncheckedIOException wrapper = new UncheckedIOException("x", io);
    wrapper.setStackTrace(new StackTraceElement[] {frame("java.io.Reader", "read", 1)});
    assertThat(LoaderFailures.firstPluginFrame(wrapper).getClassName())
        .isEqualTo("org.example.Loader");

    NullPointerException platform = new NullPointerException();
    platform.setStackTrace(new StackTraceElement[] {frame("java.util.HashMap", "get", 3)});
    assertThat(LoaderFailures.describe(platform))
        .isEqualTo("NullPointerException (at java.util.HashMap.get(HashMap.java:3))");
  }
}

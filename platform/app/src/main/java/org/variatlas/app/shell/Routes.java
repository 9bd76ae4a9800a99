package org.variatlas.app.shell;

/**
 * The atlas' public routes in one place. The shell links to topic pages by path, not by view class,
 * so that it does not depend on the features that render them (they depend on the shell's layout).
 */
public final class Routes {

  /** A topic's page. */
  public static final String TOPIC = "topic/:topicId";

  /** An indicator's page. */
  public static final String INDICATOR = "topic/:topicId/:indicatorId";

  /** A topic's fact sheet. */
  public static final String FACT_SHEET = "topic/:topicId/factsheet";

  private Routes() {}

  /** The path of a topic's page, e.g. {@code topic/day-surgery}. */
  public static String topic(String topicId) {
    return "topic/" + topicId;
  }
}

package org.variatlas.app.disclosure;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.variatlas.api.model.IndicatorDefinition;

/**
 * The platform's disclosure rules under {@code variatlas.disclosure.*}, which no plugin can loosen.
 *
 * @param minimumThreshold the smallest small-number threshold any indicator gets (default 5, the
 *     common national rule): an indicator declaring less (or none) is raised to it when its plugin
 *     starts, with a warning in the log, and shows the raised threshold everywhere
 * @param secondarySuppression whether complementary cells are suppressed so that no suppressed
 *     count can be recovered from published figures (default true); off only to show the leak
 *     (tests switch it at run time through {@link DisclosureControl})
 */
@ConfigurationProperties("variatlas.disclosure")
public record DisclosureProperties(
    @DefaultValue("5") int minimumThreshold, @DefaultValue("true") boolean secondarySuppression) {

  private static final Logger log = LoggerFactory.getLogger(DisclosureProperties.class);

  public DisclosureProperties {
    if (minimumThreshold < 1) {
      throw new IllegalArgumentException(
          "variatlas.disclosure.minimum-threshold must be at least 1, was " + minimumThreshold);
    }
  }

  /** The indicators as the platform serves them: threshold and width at least the minimum. */
  public List<IndicatorDefinition> enforce(String topicId, List<IndicatorDefinition> indicators) {
    return indicators.stream().map(i -> enforce(topicId, i)).toList();
  }

  private IndicatorDefinition enforce(String topicId, IndicatorDefinition indicator) {
    int threshold = Math.max(indicator.suppressionThreshold(), minimumThreshold);
    int width =
        indicator.protectionWidth() == 0
            ? 0
            : Math.max(indicator.protectionWidth(), minimumThreshold);
    if (threshold != indicator.suppressionThreshold() || width != indicator.protectionWidth()) {
      log.warn(
          "{}/{}: small-number threshold {} (protection width {}) raised to the platform's"
              + " minimum {}",
          topicId,
          indicator.id(),
          indicator.suppressionThreshold(),
          indicator.protectionWidth(),
          minimumThreshold);
    }
    return indicator.withSuppression(threshold, width);
  }
}

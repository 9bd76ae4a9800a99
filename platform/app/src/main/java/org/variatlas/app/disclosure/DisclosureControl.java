package org.variatlas.app.disclosure;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether the results pipeline adds secondary suppression: {@code
 * variatlas.disclosure.secondary-suppression} at start. Tests and the disclosure benchmark switch
 * it off in-process to show what an attacker recovers without it, on the same platform and data,
 * without a second start; no page or endpoint can switch it. The next recomputation of a topic
 * follows the switch.
 */
@Component
public class DisclosureControl {

  private static final Logger log = LoggerFactory.getLogger(DisclosureControl.class);

  private final AtomicBoolean secondarySuppression;

  public DisclosureControl(DisclosureProperties properties) {
    this.secondarySuppression = new AtomicBoolean(properties.secondarySuppression());
    if (!properties.secondarySuppression()) {
      log.warn("Secondary suppression is off: suppressed counts can be recovered from the results");
    }
  }

  /** Whether complementary cells are hidden so that no suppressed count can be recovered. */
  public boolean secondarySuppression() {
    return secondarySuppression.get();
  }

  /** Switches secondary suppression for the recomputations that follow. */
  public void secondarySuppression(boolean on) {
    if (secondarySuppression.getAndSet(on) != on && !on) {
      log.warn("Secondary suppression switched off: recomputed results can be narrowed");
    }
  }
}

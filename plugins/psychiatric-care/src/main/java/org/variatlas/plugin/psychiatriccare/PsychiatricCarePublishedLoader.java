package org.variatlas.plugin.psychiatriccare;

import org.pf4j.Extension;
import org.variatlas.sdk.helseatlas.ResultBoxIndicator;
import org.variatlas.sdk.helseatlas.ResultBoxLoader;

/**
 * Imports the published figures of the adult mental health atlas (psyk2) on referral areas from its
 * result-box data files: per indicator, area and period 2020-2024 the value with its 95 % limits,
 * numerator and denominator, the yearly values and the split between mental health services and
 * private specialists. Area names go out as the files write them ({@code Noreg}, {@code St. Olav});
 * the platform matches them. The two DPS boxes have a loader of their own ({@link
 * PsychiatricCareDpsLoader}), so that a geography without DPS areas stops only those.
 */
@Extension
public class PsychiatricCarePublishedLoader extends ResultBoxLoader {

  public PsychiatricCarePublishedLoader() {
    this(new PsychiatricCareTopic());
  }

  private PsychiatricCarePublishedLoader(PsychiatricCareTopic topic) {
    super(
        topic,
        "published-results",
        PsychiatricCareCatalogue.DIRECTORY,
        topic.published().stream().filter(i -> !isDps(i)).toList());
  }

  /** Whether an indicator is shown on DPS areas. */
  static boolean isDps(ResultBoxIndicator indicator) {
    return indicator.definition().levels().contains(PsychiatricCareCatalogue.DPS);
  }
}

package org.variatlas.app.results;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.variatlas.api.model.Denominator;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.Provenance;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.disclosure.DisclosureControl;
import org.variatlas.app.loads.LoadRunApplied;
import org.variatlas.app.loads.LoadRunRecord;
import org.variatlas.app.loads.LoadRunRepository;
import org.variatlas.app.loads.MeasureDataRepository;
import org.variatlas.app.topics.InstalledTopic;

/**
 * What each indicator's results are computed from, as a short text stored with them: the plugin's
 * version, the geography pack, the indicator's small-number threshold and protection width (the
 * platform's minimum may raise them), the population load run and whether secondary suppression is
 * on (computed indicators) and the counts version of each measure the indicator reads (published
 * values for imported ones). Equal inputs, equal results: an indicator whose inputs are unchanged
 * is copied into a topic's next version instead of computed, and a restart recomputes exactly the
 * indicators whose stored inputs differ from today's.
 */
@Component
public class ResultInputs {

  private final ResultVersionRepository versions;
  private final LoadRunRepository runs;
  private final GeographyPack pack;
  private final DisclosureControl disclosure;

  public ResultInputs(
      ResultVersionRepository versions,
      LoadRunRepository runs,
      GeographyPack pack,
      DisclosureControl disclosure) {
    this.versions = versions;
    this.runs = runs;
    this.pack = pack;
    this.disclosure = disclosure;
  }

  /** Today's inputs of each indicator of a topic, by indicator id. */
  public Map<String, String> of(InstalledTopic topic) {
    long population =
        runs.lastApplied(null, LoadRunApplied.POPULATION).map(LoadRunRecord::id).orElse(0L);
    Map<String, Long> counts = versions.countsVersions(topic.id());
    String common = "plugin=" + topic.pluginVersion() + ";pack=" + pack.fingerprint();
    Map<String, String> out = new LinkedHashMap<>();
    for (IndicatorDefinition i : topic.indicators()) {
      StringBuilder inputs = new StringBuilder(common);
      inputs.append(";threshold=").append(i.suppressionThreshold());
      inputs.append('/').append(i.protectionWidth());
      if (i.provenance() == Provenance.PUBLISHED) {
        inputs
            .append(";published=")
            .append(counts.get(MeasureDataRepository.PUBLISHED_PREFIX + i.id()));
      } else {
        inputs.append(";population=").append(population);
        inputs.append(";secondary=").append(disclosure.secondarySuppression());
        inputs.append(";").append(i.numeratorMeasure()).append('=');
        inputs.append(counts.get(i.numeratorMeasure()));
        if (i.denominator() instanceof Denominator.Measure m) {
          inputs.append(";").append(m.measureId()).append('=').append(counts.get(m.measureId()));
        }
      }
      out.put(i.id(), inputs.toString());
    }
    return out;
  }

  /** Whether anything has been loaded for a topic (counts or published values). */
  public boolean hasData(InstalledTopic topic) {
    return !versions.countsVersions(topic.id()).isEmpty();
  }
}

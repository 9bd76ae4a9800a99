package org.variatlas.app.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.app.topics.InstalledTopic;

/**
 * Computes a topic's next results version: the indicators whose {@link ResultInputs inputs} changed
 * are computed ({@link ResultsCalculator}), the others copied from the current version, and the new
 * version is written and made the one readers see in one transaction, so that a reader sees the old
 * or the new results of the whole topic, never a mix, and a crash leaves the old ones whole.
 */
@Component
public class TopicRecomputation {

  /**
   * What a recomputation did.
   *
   * @param version the new version readers see
   * @param computed the indicators computed (their inputs changed)
   * @param copied how many indicators were copied from the previous version
   * @param rows the result rows computed
   * @param nanos the whole recomputation: aggregation, statistics, disclosure control, storage
   * @param protectionNanos the part spent on disclosure control (secondary suppression)
   * @param protection per computed indicator id, the cells disclosure control hid
   */
  public record Outcome(
      long version,
      List<String> computed,
      int copied,
      int rows,
      long nanos,
      long protectionNanos,
      Map<String, ProtectionOutcome> protection) {}

  private static final Logger log = LoggerFactory.getLogger(TopicRecomputation.class);
  private static final int ATTEMPTS = 5;

  private final ResultsCalculator calculator;
  private final ResultRepository results;
  private final ResultVersionRepository versions;
  private final ResultVersions current;
  private final ResultInputs inputs;
  private final TransactionTemplate transactions;

  public TopicRecomputation(
      ResultsCalculator calculator,
      ResultRepository results,
      ResultVersionRepository versions,
      ResultVersions current,
      ResultInputs inputs,
      TransactionTemplate transactions) {
    this.calculator = calculator;
    this.results = results;
    this.versions = versions;
    this.current = current;
    this.inputs = inputs;
    this.transactions = transactions;
  }

  /**
   * Writes the topic's next version, or nothing when no indicator's inputs changed.
   *
   * @param all compute every indicator, changed or not
   */
  public Optional<Outcome> recompute(InstalledTopic topic, boolean all) {
    long started = System.nanoTime();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Long> base = versions.current(topic.id());
      Map<String, String> before = base.map(versions::inputs).orElse(Map.of());
      Map<String, String> now = inputs.of(topic);
      List<IndicatorDefinition> changed = new ArrayList<>();
      for (IndicatorDefinition i : topic.indicators()) {
        if (all || !now.get(i.id()).equals(before.get(i.id()))) {
          changed.add(i);
        }
      }
      if (base.isPresent() && changed.isEmpty() && before.keySet().equals(now.keySet())) {
        return Optional.empty();
      }
      log.info(
          "Computing results of topic {}: {} of {} indicators changed",
          topic.id(),
          changed.size(),
          topic.indicators().size());
      Map<String, ResultsCalculator.Computed> computed = new HashMap<>();
      int rows = 0;
      long protection = 0;
      Map<String, ProtectionOutcome> hidden = new LinkedHashMap<>();
      for (IndicatorDefinition i : changed) {
        ResultsCalculator.Computed c = calculator.compute(topic, i);
        computed.put(i.id(), c);
        rows += c.rows().size();
        protection += c.protectionNanos();
        hidden.put(i.id(), c.protection());
      }
      Long written = write(topic, base, now, computed);
      if (written != null) {
        current.switched(topic.id(), written);
        return Optional.of(
            new Outcome(
                written,
                changed.stream().map(IndicatorDefinition::id).toList(),
                topic.indicators().size() - changed.size(),
                rows,
                System.nanoTime() - started,
                protection,
                hidden));
      }
      // Another computation switched the topic meanwhile: start again from its version.
    }
    throw new IllegalStateException(
        "topic " + topic.id() + ": other computations kept switching its results");
  }

  /**
   * Computes every indicator of a staged topic version from today's counts into a version held by
   * {@code holder}: readers of the public results do not see it until it is {@link #promote
   * promoted}.
   *
   * @return the held version
   */
  public long computeHeld(InstalledTopic topic, String holder) {
    Map<String, String> now = inputs.of(topic);
    Map<String, ResultsCalculator.Computed> computed = new HashMap<>();
    for (IndicatorDefinition i : topic.indicators()) {
      computed.put(i.id(), calculator.compute(topic, i));
    }
    Long version =
        transactions.execute(
            tx -> {
              long v = versions.create(topic.id());
              versions.hold(v, holder);
              for (ResultsCalculator.Computed c : computed.values()) {
                results.insert(v, topic.id(), c.rows(), c.categories(), c.summaries());
              }
              versions.inputs(v, now);
              return v;
            });
    log.info("Computed held results version {} of topic {} for {}", version, topic.id(), holder);
    return version;
  }

  /**
   * Makes a held version the one readers see, in one transaction; the version it replaces is held
   * by {@code previousHolder} (so that it can be restored).
   */
  public void promote(String topicId, long version, String previousHolder) {
    transactions.executeWithoutResult(
        tx -> {
          versions.lock(topicId);
          versions.promote(topicId, version, previousHolder);
        });
    current.switched(topicId, version);
  }

  /** The versions {@code holder} holds, by topic id. */
  public Map<String, Long> held(String holder) {
    return versions.held(holder);
  }

  /** Drops the versions {@code holder} holds. */
  public void release(String holder) {
    versions.release(holder);
  }

  /** The new version's id, or null when the topic's current version is no longer {@code base}. */
  private Long write(
      InstalledTopic topic,
      Optional<Long> base,
      Map<String, String> inputsNow,
      Map<String, ResultsCalculator.Computed> computed) {
    return transactions.execute(
        tx -> {
          versions.lock(topic.id());
          if (!Objects.equals(versions.current(topic.id()), base)) {
            return null;
          }
          long version = versions.create(topic.id());
          for (IndicatorDefinition i : topic.indicators()) {
            ResultsCalculator.Computed c = computed.get(i.id());
            if (c != null) {
              results.insert(version, topic.id(), c.rows(), c.categories(), c.summaries());
            } else {
              results.copy(base.orElseThrow(), version, i.id());
            }
          }
          versions.inputs(version, inputsNow);
          versions.switchTo(topic.id(), version);
          return version;
        });
  }
}

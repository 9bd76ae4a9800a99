package org.variatlas.app.plugins;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.variatlas.api.AtlasTopic;
import org.variatlas.api.DataLoader;
import org.variatlas.api.FactSheetView;
import org.variatlas.api.model.Messages;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicValidator;

/**
 * Turns the started plugins' contributions into served topics: a topic id claimed by two plugins is
 * served by neither, an invalid topic fails its plugin, loaders and fact sheets join their topic.
 */
final class TopicAssembly {

  private static final Logger log = LoggerFactory.getLogger(TopicAssembly.class);

  private TopicAssembly() {}

  /**
   * The served topics, by {@link AtlasTopic#order()} then English title; {@code errors} receives
   * the reason of every plugin that is refused.
   */
  static List<InstalledTopic> assemble(
      List<Contribution> contributions, Map<String, String> errors) {
    refuseSharedTopicIds(contributions, errors);
    Map<String, List<DataLoader>> loaders = new HashMap<>();
    Map<String, FactSheetView> sheets = new HashMap<>();
    for (Contribution c : contributions) {
      if (!errors.containsKey(c.pluginId())) {
        c.loaders()
            .forEach(l -> loaders.computeIfAbsent(l.topicId(), k -> new ArrayList<>()).add(l));
        c.factSheets().forEach(f -> sheets.putIfAbsent(f.topicId(), f));
      }
    }
    Map<String, InstalledTopic> byId = new LinkedHashMap<>();
    for (Contribution c : contributions) {
      if (errors.containsKey(c.pluginId())) {
        continue;
      }
      for (AtlasTopic topic : c.topics()) {
        try {
          InstalledTopic installed = describe(topic, c, loaders, sheets);
          byId.put(installed.id(), installed);
        } catch (RuntimeException | LinkageError e) {
          errors.put(
              c.pluginId(),
              "topic '" + safeId(topic) + "' is invalid: " + PluginFailures.reason(e));
          byId.values().removeIf(t -> t.pluginId().equals(c.pluginId()));
          break;
        }
      }
    }
    warnOrphanLoaders(contributions, errors, byId);
    return byId.values().stream()
        .sorted(
            Comparator.comparingInt(InstalledTopic::order)
                .thenComparing(t -> t.title().en() == null ? t.id() : t.title().en()))
        .toList();
  }

  /**
   * Topic ids claimed by more than one plugin: serve none of them, so that which data the user sees
   * never depends on the order jars happen to be found in.
   */
  private static void refuseSharedTopicIds(
      List<Contribution> contributions, Map<String, String> errors) {
    Map<String, List<String>> claims = new HashMap<>();
    for (Contribution c : contributions) {
      for (AtlasTopic topic : c.topics()) {
        claims.computeIfAbsent(safeId(topic), k -> new ArrayList<>()).add(c.pluginId());
      }
    }
    claims.forEach(
        (topicId, pluginIds) -> {
          if (pluginIds.size() > 1) {
            for (String pluginId : pluginIds) {
              List<String> others = pluginIds.stream().filter(p -> !p.equals(pluginId)).toList();
              errors.merge(
                  pluginId,
                  "topic id '"
                      + topicId
                      + "' is also claimed by plugin "
                      + String.join(", ", others)
                      + "; neither is served until one is removed",
                  (a, b) -> a + "; " + b);
            }
          }
        });
  }

  private static void warnOrphanLoaders(
      List<Contribution> contributions,
      Map<String, String> errors,
      Map<String, InstalledTopic> served) {
    for (Contribution c : contributions) {
      for (DataLoader l : c.loaders()) {
        if (!errors.containsKey(c.pluginId()) && !served.containsKey(l.topicId())) {
          log.warn(
              "Plugin {}: loader {} feeds topic '{}', which no started plugin serves; ignored",
              c.pluginId(),
              l.id(),
              l.topicId());
        }
      }
    }
  }

  private static InstalledTopic describe(
      AtlasTopic topic,
      Contribution c,
      Map<String, List<DataLoader>> loaders,
      Map<String, FactSheetView> sheets) {
    String id = topic.id();
    var chapters = topic.chapters();
    var indicators = topic.indicators();
    var measures = topic.measures();
    if (topic.title() == null || topic.description() == null) {
      throw new IllegalStateException("a topic needs a title and a description");
    }
    List<String> problems = TopicValidator.problems(id, chapters, indicators, measures);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("; ", problems));
    }
    Messages messages = Messages.load(topic.getClass(), topic.messagesBaseName());
    return new InstalledTopic(
        id,
        topic.title(),
        topic.description(),
        topic.order(),
        chapters,
        indicators,
        measures,
        c.pluginId(),
        c.pluginVersion(),
        loaders.getOrDefault(id, List.of()),
        sheets.get(id),
        messages,
        topic.coverage(),
        topic.sources());
  }

  static String safeId(AtlasTopic topic) {
    try {
      return topic.id();
    } catch (RuntimeException e) {
      return topic.getClass().getName();
    }
  }
}

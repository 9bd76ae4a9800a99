package org.variatlas.sdk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.variatlas.api.LoadSink;
import org.variatlas.api.model.PublishedValue;
import org.variatlas.api.model.Sex;
import org.variatlas.api.model.SourceLocation;

/** A sink that keeps every row it is given, for assertions. */
public final class RecordingSink implements LoadSink {

  /** One {@link LoadSink#count} call. */
  public record Count(
      String measureId,
      String baseUnit,
      int year,
      Sex sex,
      int age,
      String category,
      double count,
      SourceLocation where) {}

  private final List<Count> counts = new ArrayList<>();
  private final List<PublishedValue> published = new ArrayList<>();

  @Override
  public void count(
      String measureId,
      String baseUnit,
      int year,
      Sex sex,
      int age,
      String category,
      double count,
      SourceLocation where) {
    counts.add(new Count(measureId, baseUnit, year, sex, age, category, count, where));
  }

  @Override
  public void published(PublishedValue value) {
    published.add(value);
  }

  public List<Count> counts() {
    return List.copyOf(counts);
  }

  public List<PublishedValue> published() {
    return List.copyOf(published);
  }

  /** The area names of the published values, by indicator. */
  public Map<String, Set<String>> areaNamesByIndicator() {
    Map<String, Set<String>> names = new TreeMap<>();
    for (PublishedValue value : published) {
      names.computeIfAbsent(value.indicatorId(), k -> new TreeSet<>()).add(value.areaName());
    }
    return names;
  }

  /** The sum of the counts that match. */
  public double total(Predicate<Count> filter) {
    return counts.stream().filter(filter).mapToDouble(Count::count).sum();
  }
}

package ${package};

import org.pf4j.Extension;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PublishedValue;
import org.variatlas.sdk.topic.TopicLoader;

/**
 * Imports the published rates of the sample file: one value per area (and the region) and year.
 * Area names go out as the source writes them; the platform matches them to its areas and reports
 * each one it cannot match, with its line.
 */
@Extension
public class ${classPrefix}PublishedLoader extends TopicLoader {

  public ${classPrefix}PublishedLoader() {
    super(new ${classPrefix}Topic(), "published-results");
  }

  @Override
  public void load(LoadContext context, LoadSink sink) {
    for (${classPrefix}Sample.Row row : ${classPrefix}Sample.rows()) {
      sink.published(
          new PublishedValue(
              "operations-published",
              row.level(),
              row.area(),
              Period.year(row.year()),
              null,
              row.rate(),
              (double) row.operations(),
              null,
              null,
              null,
              row.where()));
    }
  }
}

package ${package};

import org.pf4j.Extension;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.model.Period;
import org.variatlas.sdk.synthetic.AgeSexProfile;
import org.variatlas.sdk.synthetic.SyntheticCountsLoader;
import org.variatlas.sdk.synthetic.SyntheticGenerator;

/**
 * Demonstration counts on the platform's real population: each sample total per referral area and
 * year is spread over the area's base units, sexes and ages in proportion to persons times the
 * profile below (largest remainder; the same counts on every run). The platform marks indicators on
 * them as synthetic until an editor loads real counts for the measure ({@link
 * ${classPrefix}CountFileLoader}), which then replace them.
 */
@Extension
public class ${classPrefix}SampleCountsLoader extends SyntheticCountsLoader {

  /**
   * Relative rates of hip fracture by age band (women, men): an assumption shaped after the known
   * pattern, rising steeply with age and about twice as common in women.
   */
  static final AgeSexProfile PROFILE =
      AgeSexProfile.builder()
          .band(65, 69, 1, 0.6)
          .band(70, 74, 2, 1.1)
          .band(75, 79, 4, 2.2)
          .band(80, 84, 8, 4.5)
          .band(85, 89, 14, 8.5)
          .band(90, 105, 20, 13)
          .build();

  public ${classPrefix}SampleCountsLoader() {
    super(new ${classPrefix}Topic());
  }

  @Override
  public void load(LoadContext context, LoadSink sink) {
    SyntheticGenerator generator =
        new SyntheticGenerator(
            context,
            ${classPrefix}Topic.LEVEL,
            Period.of(${classPrefix}Topic.FIRST_YEAR, ${classPrefix}Topic.LAST_YEAR),
            ${classPrefix}Topic.ELDERLY);
    for (${classPrefix}Sample.Row row : ${classPrefix}Sample.rows()) {
      if (!row.level().equals(${classPrefix}Topic.LEVEL)) {
        continue; // the region's totals are the sum of its areas
      }
      generator
          .area(row.area(), row.where())
          .ifPresent(
              area -> {
                generator.yearly(
                    ${classPrefix}Topic.OPERATIONS,
                    area,
                    row.year(),
                    row.operations(),
                    PROFILE,
                    row.where(),
                    sink);
                generator.yearly(
                    ${classPrefix}Topic.WITHIN_48H,
                    area,
                    row.year(),
                    row.within48h(),
                    PROFILE,
                    row.where(),
                    sink);
              });
    }
  }
}

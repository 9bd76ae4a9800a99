package ${package};

import org.pf4j.Extension;
import org.variatlas.sdk.counts.CountFileLoader;

/**
 * Registry extracts in the count-file format ({@code base_unit,year,sex,age,events}) for one of the
 * topic's measures, uploaded and run by an editor on the atlas' load page; they replace the
 * demonstration counts of that measure.
 */
@Extension
public class ${classPrefix}CountFileLoader extends CountFileLoader {

  public ${classPrefix}CountFileLoader() {
    super(new ${classPrefix}Topic());
  }
}

package org.variatlas.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.variatlas.api.model.Sex;
import org.variatlas.app.areas.MappingVersion.Assignment;

class EventRollUpTest {

  @Test
  void a_base_unit_counts_towards_the_area_it_is_assigned_to_in_each_year() {
    List<Assignment> assignments =
        List.of(
            new Assignment("hf", "0301", "oslo", 2000, 2019),
            new Assignment("hf", "0301", "ahus", 2020, 2030),
            new Assignment("hf", "3201", "ahus", 2000, 2030));
    List<EventStratum> units =
        List.of(
            new EventStratum("0301", 2019, Sex.FEMALE, 0, "", 3),
            new EventStratum("0301", 2020, Sex.FEMALE, 0, "", 4),
            new EventStratum("3201", 2020, Sex.FEMALE, 0, "", 5),
            new EventStratum("3201", 2020, Sex.MALE, 0, "", 6),
            new EventStratum("9999", 2020, Sex.MALE, 0, "", 7));

    assertThat(EventRollUp.rollUp(units, assignments))
        .containsExactlyInAnyOrder(
            new EventStratum("oslo", 2019, Sex.FEMALE, 0, "", 3),
            new EventStratum("ahus", 2020, Sex.FEMALE, 0, "", 9),
            new EventStratum("ahus", 2020, Sex.MALE, 0, "", 6));
  }
}

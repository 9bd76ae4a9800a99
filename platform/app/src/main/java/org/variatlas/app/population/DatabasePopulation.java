package org.variatlas.app.population;

import org.springframework.stereotype.Component;
import org.variatlas.api.Population;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;

/** The loaded population as plugins see it ({@link Population}), read from the database. */
@Component
class DatabasePopulation implements Population {

  private final PopulationRepository repository;

  DatabasePopulation(PopulationRepository repository) {
    this.repository = repository;
  }

  @Override
  public int firstYear() {
    Period years = repository.years();
    return years == null ? 0 : years.from();
  }

  @Override
  public int lastYear() {
    Period years = repository.years();
    return years == null ? -1 : years.to();
  }

  @Override
  public void forEach(int fromYear, int toYear, PopulationFilter filter, CellConsumer consumer) {
    repository.forEach(fromYear, toYear, filter, consumer);
  }
}

package org.variatlas.app.population;

import org.springframework.stereotype.Component;
import org.variatlas.api.Population;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;

/**
 * The loaded population as plugins see it ({@link Population}): its cells from the cube in memory
 * that {@link PopulationService} reads once per population load.
 */
@Component
class DatabasePopulation implements Population {

  private final PopulationRepository repository;
  private final PopulationService service;

  DatabasePopulation(PopulationRepository repository, PopulationService service) {
    this.repository = repository;
    this.service = service;
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
    service.forEach(fromYear, toYear, filter, consumer);
  }
}

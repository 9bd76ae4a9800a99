package org.variatlas.app.population;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.loads.LoadJob;
import org.variatlas.app.loads.LoadRun;
import org.variatlas.app.loads.LoadRunApplied;
import org.variatlas.app.loads.LoadRunRecord;
import org.variatlas.app.loads.LoadRunRepository;
import org.variatlas.app.loads.StartupJob;

/**
 * Loads the population at start when it was never loaded, or when its files, the pack or the way
 * files become rows changed since the last applied load.
 */
@Component
class PopulationStartupJob implements StartupJob {

  private final GeographyPack pack;
  private final PopulationRepository repository;
  private final org.variatlas.app.config.VariatlasProperties properties;

  PopulationStartupJob(
      GeographyPack pack,
      PopulationRepository repository,
      org.variatlas.app.config.VariatlasProperties properties) {
    this.pack = pack;
    this.repository = repository;
    this.properties = properties;
  }

  @Override
  public int order() {
    return 0;
  }

  @Override
  public Optional<LoadJob> due(LoadRunRepository runs) {
    if (pack.population() == null) {
      return Optional.empty();
    }
    Optional<LoadRunRecord> last = runs.lastApplied(null, LoadRunApplied.POPULATION);
    if (last.isPresent() && last.get().fingerprint() != null) {
      String now =
          LoadRun.fingerprint(
              properties.dataDirectory(),
              java.util.List.of(last.get().sources().split("\n")),
              PopulationLoad.VERSION + "\n" + pack.fingerprint() + "\n");
      if (now.equals(last.get().fingerprint()) && repository.rowCount() > 0) {
        return Optional.empty();
      }
    }
    return Optional.of(job());
  }

  @Override
  public LoadJob job() {
    return new PopulationLoad(pack, pack.population(), repository);
  }
}

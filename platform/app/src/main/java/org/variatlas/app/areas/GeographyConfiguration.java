package org.variatlas.app.areas;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.variatlas.app.config.VariatlasProperties;

/** Loads the geography pack once, when the app starts; a pack it cannot trust stops the start. */
@Configuration(proxyBeanMethods = false)
class GeographyConfiguration {

  private static final Logger log = LoggerFactory.getLogger(GeographyConfiguration.class);

  @Bean
  GeographyPack geographyPack(
      GeographyProperties geography,
      VariatlasProperties variatlas,
      DefaultListableBeanFactory beans) {
    return GeographyPackEarlyStart.start(beans, geography, variatlas).get();
  }

  /** Reads and checks the pack (with the spatial memberships derived or from the cache). */
  static GeographyPack load(GeographyProperties geography, VariatlasProperties variatlas) {
    long started = System.nanoTime();
    GeographyPack pack =
        GeographyPackLoader.load(
            geography.packFile(), variatlas.dataDirectory(), variatlas.cacheDirectory());
    log.info(
        "Geography pack {} from {}: {} base units, levels {}, mapping versions {} (default {}),"
            + " {} ms",
        pack.id(),
        geography.packFile(),
        pack.baseUnits().size(),
        pack.levels().stream().map(AreaLevel::id).toList(),
        pack.versions().stream().map(MappingVersion::id).toList(),
        pack.defaultVersion().id(),
        (System.nanoTime() - started) / 1_000_000);
    return pack;
  }
}

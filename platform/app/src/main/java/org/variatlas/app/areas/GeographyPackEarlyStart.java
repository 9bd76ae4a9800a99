package org.variatlas.app.areas;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.variatlas.app.config.EarlyStart;
import org.variatlas.app.config.VariatlasProperties;

/**
 * Reads and checks the geography pack as soon as the settings are known ({@link EarlyStart}),
 * beside the context's scanning of its classes (on a first start it also derives the spatial
 * memberships: seconds). Registered in {@code META-INF/spring.factories}.
 */
class GeographyPackEarlyStart implements ApplicationListener<ApplicationPreparedEvent> {

  /** The name of the load in the context. */
  static final String NAME = "geography-pack-load";

  @Override
  public void onApplicationEvent(ApplicationPreparedEvent event) {
    ConfigurableApplicationContext context = event.getApplicationContext();
    if (context.getBeanFactory() instanceof DefaultListableBeanFactory beans) {
      Binder binder = Binder.get(context.getEnvironment());
      start(
          beans,
          binder.bindOrCreate("variatlas.geography", GeographyProperties.class),
          binder.bindOrCreate("variatlas", VariatlasProperties.class));
    }
  }

  /** The context's load of the pack, begun now if the listener did not. */
  static EarlyStart<GeographyPack> start(
      DefaultListableBeanFactory beans,
      GeographyProperties geography,
      VariatlasProperties variatlas) {
    return EarlyStart.in(
        beans, NAME, () -> GeographyConfiguration.load(geography, variatlas), pack -> {});
  }
}

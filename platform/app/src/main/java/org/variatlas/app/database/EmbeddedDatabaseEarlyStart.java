package org.variatlas.app.database;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.variatlas.app.config.EarlyStart;
import org.variatlas.app.config.VariatlasProperties;

/**
 * Starts the embedded PostgreSQL as soon as the settings are known ({@link EarlyStart}): initdb and
 * the server's start (2–3 s on a first start) run in their own processes beside the context's
 * start-up instead of after the geography pack. Registered in {@code META-INF/spring.factories}, so
 * tests' contexts start the same way; without it the bean starts the server itself.
 */
class EmbeddedDatabaseEarlyStart implements ApplicationListener<ApplicationPreparedEvent> {

  /** The name of the start in the context. */
  static final String NAME = "embedded-database-start";

  @Override
  public void onApplicationEvent(ApplicationPreparedEvent event) {
    ConfigurableApplicationContext context = event.getApplicationContext();
    if (!NoExternalDatabaseCondition.external(context.getEnvironment())
        && context.getBeanFactory() instanceof DefaultListableBeanFactory beans) {
      VariatlasProperties settings =
          Binder.get(context.getEnvironment()).bindOrCreate("variatlas", VariatlasProperties.class);
      start(beans, settings);
    }
  }

  /** The context's start of the server, begun now if the listener did not. */
  static EarlyStart<EmbeddedDatabase> start(
      DefaultListableBeanFactory beans, VariatlasProperties settings) {
    return EarlyStart.in(
        beans, NAME, () -> EmbeddedDatabase.start(settings.database()), EmbeddedDatabase::stop);
  }
}

package org.variatlas.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.variatlas.app.config.VariatlasProperties;

/**
 * The default database: a real PostgreSQL started from binaries on the classpath, keeping its files
 * in {@code variatlas.database.data-dir} so data survive restarts. Active only when no external
 * database is configured ({@code spring.datasource.url} or {@code VARIATLAS_DB_URL}); then Spring
 * Boot's own DataSource applies and no server starts.
 *
 * <p>It listens on the loopback interface only, its Unix socket lies in a directory only this
 * process' user may enter, and it asks for a password ({@link DatabasePassword}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

  /** The server; stopped by its start, which owns it, after the beans that use it. */
  @Bean(destroyMethod = "")
  EmbeddedPostgres embeddedPostgres(
      VariatlasProperties properties, DefaultListableBeanFactory beans) {
    beans.registerDependentBean(EmbeddedDatabaseEarlyStart.NAME, "embeddedPostgres");
    return EmbeddedDatabaseEarlyStart.start(beans, properties).get().server();
  }

  @Bean
  DatabasePassword embeddedDatabasePassword(
      VariatlasProperties properties, DefaultListableBeanFactory beans) {
    return EmbeddedDatabaseEarlyStart.start(beans, properties).get().password();
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres, DatabasePassword password) {
    try {
      return DataSourceBuilder.create()
          // One multi-row INSERT per batch rather than a statement per row (a results version's
          // rows are written as batches).
          .url(
              postgres.getJdbcUrl(EmbeddedDatabase.USER, "postgres")
                  + "&reWriteBatchedInserts=true")
          .username(EmbeddedDatabase.USER)
          .password(password.value())
          .build();
    } catch (RuntimeException e) {
      throw new UncheckedIOException(new IOException("Cannot connect to embedded PostgreSQL", e));
    }
  }
}

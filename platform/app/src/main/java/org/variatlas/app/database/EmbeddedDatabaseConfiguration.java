package org.variatlas.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  /** The superuser zonky's initdb creates. */
  static final String USER = "postgres";

  @Bean
  DatabasePassword embeddedDatabasePassword(VariatlasProperties properties) throws IOException {
    return DatabasePassword.of(properties.database().dataDirectory());
  }

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(VariatlasProperties properties, DatabasePassword password)
      throws IOException {
    Path dir = properties.database().dataDirectory();
    Files.createDirectories(dir);
    OrphanedPostgres.stop(dir);
    Path sockets = DatabasePassword.privateDirectory("variatlas-pg-socket-");
    long started = System.nanoTime();
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir)
            // Deleted on close only when declared temporary: a real atlas keeps its data.
            .setCleanDataDirectory(properties.database().temporary())
            .setPort(properties.database().port())
            .setServerConfig("listen_addresses", "localhost")
            .setServerConfig("unix_socket_directories", sockets.toString())
            .setServerConfig("unix_socket_permissions", "0700")
            .setServerConfig("password_encryption", "scram-sha-256")
            .setServerConfig("max_connections", "50")
            .setServerConfig("shared_buffers", "128MB")
            .setServerConfig("work_mem", "32MB")
            // No replication from an embedded database: a load's COPY into a table created in its
            // own transaction, and the index built on it, then skip the write-ahead log (the
            // table is synced at commit instead): a population load wrote its rows twice.
            .setServerConfig("wal_level", "minimal")
            .setServerConfig("max_wal_senders", "0")
            .setConnectConfig("password", password.value())
            .start();
    password.enforce(postgres.getPostgresDatabase(), USER);
    log.info(
        "Embedded PostgreSQL started on port {} with data in {} ({} ms); localhost only, password auth",
        postgres.getPort(),
        dir,
        (System.nanoTime() - started) / 1_000_000);
    return postgres;
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres, DatabasePassword password) {
    try {
      return DataSourceBuilder.create()
          // One multi-row INSERT per batch rather than a statement per row (a results version's
          // rows are written as batches).
          .url(postgres.getJdbcUrl(USER, "postgres") + "&reWriteBatchedInserts=true")
          .username(USER)
          .password(password.value())
          .build();
    } catch (RuntimeException e) {
      throw new UncheckedIOException(new IOException("Cannot connect to embedded PostgreSQL", e));
    }
  }
}

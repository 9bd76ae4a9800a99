package org.variatlas.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.variatlas.app.config.VariatlasProperties;

/** The embedded PostgreSQL server, running, and its superuser's password. */
record EmbeddedDatabase(EmbeddedPostgres server, DatabasePassword password) {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  /** The superuser zonky's initdb creates. */
  static final String USER = "postgres";

  /** Starts the server on its data directory (initdb first when the directory is new). */
  static EmbeddedDatabase start(VariatlasProperties.Database settings) throws IOException {
    Path dir = settings.dataDirectory();
    Files.createDirectories(dir);
    OrphanedPostgres.stop(dir);
    DatabasePassword password = DatabasePassword.of(dir);
    Path sockets = DatabasePassword.privateDirectory("variatlas-pg-socket-");
    long begun = System.nanoTime();
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir)
            // Deleted on close only when declared temporary: a real atlas keeps its data.
            .setCleanDataDirectory(settings.temporary())
            .setPort(settings.port())
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
            .setConnectConfig("password", password.value());
    if (!settings.temporary()) {
      // zonky starts servers for throwaway test databases: without fsync (-F) and without waiting
      // for a commit to reach the disk. An atlas's own database must survive a power loss or an
      // operating system crash with every acknowledged change: PostgreSQL's defaults (a -c after
      // -F wins). Temporary databases (tests) keep the fast settings.
      builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
    }
    EmbeddedPostgres postgres = builder.start();
    EmbeddedDatabase database = new EmbeddedDatabase(postgres, password);
    try {
      password.enforce(postgres.getPostgresDatabase(), USER);
    } catch (IOException | RuntimeException e) {
      database.stop();
      throw e;
    }
    log.info(
        "Embedded PostgreSQL started on port {} with data in {} ({} ms); localhost only, password auth",
        postgres.getPort(),
        dir,
        (System.nanoTime() - begun) / 1_000_000);
    return database;
  }

  /** Stops the server. */
  void stop() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot stop the embedded PostgreSQL", e);
    }
  }
}

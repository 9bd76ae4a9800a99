package org.variatlas.app.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import javax.sql.DataSource;

/**
 * The embedded PostgreSQL's superuser password: generated at the first start and kept in the data
 * directory in a file only its owner may read. {@link #enforce} sets it on the server and switches
 * every connection to password authentication (a data directory from before this existed, where
 * initdb had left {@code trust}, is switched on its next start).
 */
record DatabasePassword(Path file, String value) {

  static final String FILE = "variatlas-password";

  private static final String HBA =
      """
      # Written by Variatlas: every connection needs the password (see variatlas-password).
      local   all   all                  scram-sha-256
      host    all   all   127.0.0.1/32   scram-sha-256
      host    all   all   ::1/128        scram-sha-256
      """;

  /**
   * The password kept in the data directory, or a new one (stored by {@link #enforce}: initdb wants
   * an empty directory).
   */
  static DatabasePassword of(Path dataDirectory) throws IOException {
    Path file = dataDirectory.resolve(FILE);
    if (Files.exists(file)) {
      return new DatabasePassword(file, Files.readString(file, StandardCharsets.UTF_8).trim());
    }
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return new DatabasePassword(
        file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** A new temporary directory only this process' user may enter (for the server's socket). */
  static Path privateDirectory(String prefix) throws IOException {
    Path dir =
        Files.createTempDirectory(
            prefix,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    dir.toFile().deleteOnExit();
    return dir;
  }

  /**
   * Sets the password on the server and makes {@code pg_hba.conf} require it, reloading the
   * configuration when it changed.
   */
  void enforce(DataSource server, String user) throws IOException {
    Path hba = file.resolveSibling("pg_hba.conf");
    if (Files.exists(file) && Files.exists(hba) && Files.readString(hba).equals(HBA)) {
      return;
    }
    try (Connection c = server.getConnection();
        Statement s = c.createStatement()) {
      s.execute("set password_encryption = 'scram-sha-256'");
      // Every new connection derives the key with this many HMAC rounds (PostgreSQL's default
      // 4096 cost the first start about a second of CPU over its connections); many rounds slow
      // the guessing of a weak password from a stolen hash, and this one is 192 random bits.
      s.execute("set scram_iterations = 256");
      s.execute("alter role " + user + " password '" + value.replace("'", "''") + "'");
      if (!Files.exists(file)) {
        Files.writeString(
            file,
            value,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        ownerOnly(file, "rw-------");
      }
      Files.writeString(hba, HBA, StandardCharsets.UTF_8);
      ownerOnly(hba, "rw-------");
      s.execute("select pg_reload_conf()");
    } catch (SQLException e) {
      throw new IOException("cannot set the embedded PostgreSQL's password: " + e.getMessage(), e);
    }
  }

  private static void ownerOnly(Path path, String permissions) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (Windows): the data directory's own permissions protect it.
    }
  }
}

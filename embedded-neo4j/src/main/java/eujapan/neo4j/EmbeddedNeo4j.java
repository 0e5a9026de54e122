package eujapan.neo4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Minimal launcher for the project's embedded Neo4j 5.26 Community.
 *
 * <p>Opens Bolt on 127.0.0.1 only, with authentication on. Configuration comes from the environment
 * (set by src/neo4j/embedded.ts): EMBEDDED_NEO4J_HOME (data folder), EMBEDDED_NEO4J_BOLT_PORT,
 * EMBEDDED_NEO4J_PASSWORD, EMBEDDED_NEO4J_PAGECACHE (e.g. "256m"), EMBEDDED_NEO4J_TX_TIMEOUT_MS.
 *
 * <p>Protocol with the parent process: prints exactly one line "READY bolt://127.0.0.1:PORT" on stdout
 * once Bolt accepts connections, or "ERROR message" and exits non-zero. It shuts the database down
 * cleanly on SIGINT/SIGTERM and also when its stdin closes (the parent died), so the store is never
 * left half-written by an orphaned JVM.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) throws Exception {
    String home = requireEnv("EMBEDDED_NEO4J_HOME");
    int port = Integer.parseInt(envOr("EMBEDDED_NEO4J_BOLT_PORT", "7687"));
    String password = requireEnv("EMBEDDED_NEO4J_PASSWORD");
    String pageCache = envOr("EMBEDDED_NEO4J_PAGECACHE", "256m");
    long txTimeoutMs = Long.parseLong(envOr("EMBEDDED_NEO4J_TX_TIMEOUT_MS", "0"));

    if (password.length() < 8) {
      fail("the Neo4j password must have at least 8 characters");
    }
    // Fail fast with a clear message instead of Neo4j's long stack trace when the port is taken.
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
    } catch (IOException e) {
      fail("port 127.0.0.1:" + port + " is already in use (set NEO4J_BOLT_PORT to another port)");
    }

    Path homeDir = Path.of(home).toAbsolutePath();
    Files.createDirectories(homeDir);

    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(homeDir)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
        // Bolt waits 5 s twice for connections on shutdown by default; the service closes its driver
        // first, so there is little to wait for.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500));
    if (txTimeoutMs > 0) {
      builder.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMillis(txTimeoutMs));
    }

    final DatabaseManagementService service;
    try {
      service = builder.build();
    } catch (RuntimeException e) {
      fail("Neo4j failed to start: " + rootMessage(e) + " (see the log in " + homeDir + "/logs)");
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Thread shutdown = new Thread(() -> {
      try {
        service.shutdown();
      } finally {
        stopped.countDown();
      }
    }, "neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    // The in-process system database runs without authentication, which lets the launcher set the
    // password it was given on every start: the password file and the store can never disagree.
    try {
      service.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to the value it already has; anything else is fatal.
      if (!rootMessage(e).contains("Old password and new password cannot be the same")) {
        service.shutdown();
        fail("could not set the Neo4j password: " + rootMessage(e));
      }
    }

    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();

    // Parent gone (stdin closed) means nobody will send us a signal: shut down on our own.
    Thread stdinWatch = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
        while (in.readLine() != null) {
          // ignore input; only end-of-stream matters
        }
      } catch (IOException ignored) {
        // treated as end-of-stream
      }
      System.exit(0);
    }, "stdin-watch");
    stdinWatch.setDaemon(true);
    stdinWatch.start();

    stopped.await();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  private static String requireEnv(String name) {
    String value = System.getenv(name);
    if (value == null || value.isEmpty()) {
      fail("environment variable " + name + " is required");
    }
    return value;
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }

  private static void fail(String message) {
    System.out.println("ERROR " + message);
    System.out.flush();
    System.exit(2);
  }
}

/*
 * Samkart local Neo4j launcher: starts an embedded Neo4j 5.26 Community DBMS with only a
 * Bolt connector on 127.0.0.1 (auth off), for dev and tests without Docker. Driven by
 * scripts/neo4j/local-neo4j.ts (npm run neo4j); shuts the DBMS down cleanly on SIGTERM/SIGINT.
 *
 * Usage: java [jvm flags] -cp target/classes:<deps> samkart.Neo4jLauncher
 *          [--port N] [--data DIR] [--page-cache 256m] [--pid-file FILE] [--exit-on-stdin-eof]
 * Environment fallbacks: NEO4J_PORT, NEO4J_DATA_DIR, NEO4J_PAGE_CACHE.
 */
package samkart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

public final class Neo4jLauncher {
    private static final String TAG = "[samkart-neo4j] ";
    private static final Object SHUTDOWN_LOCK = new Object();
    private static volatile DatabaseManagementService dbms;
    private static volatile boolean shutdownDone;

    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        int port = parsePort(env("NEO4J_PORT", "7687"));
        Path home = Path.of(env("NEO4J_DATA_DIR", ".data/neo4j"));
        String pageCache = env("NEO4J_PAGE_CACHE", "256m");
        Path pidFile = null;
        boolean exitOnStdinEof = false;

        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--port" -> port = parsePort(value(args, ++i, a));
                case "--data" -> home = Path.of(value(args, ++i, a));
                case "--page-cache" -> pageCache = value(args, ++i, a);
                case "--pid-file" -> pidFile = Path.of(value(args, ++i, a));
                case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                default -> fail("unknown argument: " + a);
            }
        }

        home = home.toAbsolutePath().normalize();
        Files.createDirectories(home);
        final Path pid = pidFile == null ? null : pidFile.toAbsolutePath().normalize();
        final long myPid = ProcessHandle.current().pid();
        if (pid != null) {
            Files.writeString(pid, myPid + "\n", StandardCharsets.UTF_8);
        }

        // Register the hook before starting so a signal during start-up still shuts down cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(pid, myPid), "samkart-neo4j-shutdown"));

        log("starting Neo4j (home " + home + ", bolt 127.0.0.1:" + port + ", page cache " + pageCache + ")");
        long t0 = System.nanoTime();
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    // HTTP needs javax.servlet, which the embedded artifacts do not ship: Bolt only.
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                    // Dev/test sized: no 256 MiB preallocated tx log per database, no usage reporting.
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Bolt waits 5 s + 5 s for idle pools/connections on shutdown by default; 1 s is plenty here.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
        } catch (Throwable e) {
            System.err.println(TAG + "FAILED to start Neo4j: " + describe(e));
            e.printStackTrace(System.err);
            System.exit(2);
            return;
        }

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(TimeUnit.MINUTES.toMillis(3))) {
            System.err.println(TAG + "FAILED: database '" + db.databaseName() + "' did not become available");
            System.exit(3);
            return;
        }
        String version = db.executeTransactionally(
                "CALL dbms.components() YIELD versions, edition RETURN versions[0] + ' ' + edition AS v",
                Map.of(),
                r -> r.hasNext() ? String.valueOf(r.next().get("v")) : "unknown");
        long ms = Duration.ofNanos(System.nanoTime() - t0).toMillis();
        log("READY bolt://127.0.0.1:" + port + " (Neo4j " + version + ", database '" + db.databaseName()
                + "', pid " + myPid + ", started in " + ms + " ms)");

        if (exitOnStdinEof) {
            // Parent-death watchdog: the Node side keeps our stdin open; EOF means it is gone.
            InputStream in = System.in;
            byte[] buf = new byte[256];
            try {
                while (in.read(buf) >= 0) {
                    // ignore input
                }
            } catch (IOException ignored) {
                // treat like EOF
            }
            log("stdin closed (parent exited), shutting down");
            System.exit(0);
        } else {
            // Stay alive until a signal arrives; the shutdown hook does the clean stop.
            Thread.currentThread().join();
        }
    }

    private static void shutdown(Path pidFile, long myPid) {
        synchronized (SHUTDOWN_LOCK) {
            if (shutdownDone) {
                return;
            }
            shutdownDone = true;
            DatabaseManagementService d = dbms;
            if (d != null) {
                log("shutting down Neo4j ...");
                try {
                    d.shutdown();
                    log("Neo4j stopped cleanly");
                } catch (Throwable e) {
                    System.err.println(TAG + "error during shutdown: " + describe(e));
                }
            }
            if (pidFile != null) {
                try {
                    String content = Files.exists(pidFile) ? Files.readString(pidFile).trim() : "";
                    if (content.equals(Long.toString(myPid))) {
                        Files.deleteIfExists(pidFile);
                    }
                } catch (IOException ignored) {
                    // best effort
                }
            }
            System.out.flush();
            System.err.flush();
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            fail("missing value for " + flag);
        }
        return args[i];
    }

    private static int parsePort(String s) {
        try {
            int p = Integer.parseInt(s.trim());
            if (p > 0 && p < 65536) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        fail("invalid port: " + s);
        return -1;
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            sb.append(" <- ").append(c);
        }
        return sb.toString();
    }

    private static void log(String msg) {
        System.out.println(TAG + msg);
        System.out.flush();
    }

    private static void fail(String msg) {
        System.err.println(TAG + msg);
        System.exit(64);
    }
}

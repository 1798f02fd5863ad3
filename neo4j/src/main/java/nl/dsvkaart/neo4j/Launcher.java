package nl.dsvkaart.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.event.DatabaseEventContext;
import org.neo4j.graphdb.event.DatabaseEventListenerAdapter;

/**
 * Starts Neo4j Community embedded with Bolt on 127.0.0.1 and keeps it running
 * until SIGTERM/SIGINT, or until standard input closes (the parent process is
 * gone), so that no orphan database outlives the app that started it.
 *
 * Arguments: DATA_DIR PORT [SETTINGS_FILE]. The settings file holds Neo4j
 * settings (memory, transaction logs) in neo4j.conf syntax. The password of
 * the user "neo4j" is taken from the environment (NEO4J_PASSWORD) and set at
 * every start.
 *
 * When the database panics (e.g. the disk filled up while writing its
 * transaction log) it cannot serve again without a restart, so the launcher
 * exits with code 70; the app that started it restarts it, and Neo4j's
 * recovery replays the committed transactions.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Launcher DATA_DIR PORT [SETTINGS_FILE]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");
        if (password.length() < 8) {
            System.err.println("NEO4J_PASSWORD must be at least 8 characters for the embedded database");
            System.exit(2);
        }

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (args.length > 2) builder.loadPropertiesFromFile(Path.of(args[2]));
        DatabaseManagementService dbms = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Bolt's Netty shutdown otherwise waits up to 5 s quiet plus 15 s,
                // which makes Ctrl-C look hung; the clients are gone by then.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .build();

        dbms.registerDatabaseEventListener(new DatabaseEventListenerAdapter() {
            @Override
            public void databasePanic(DatabaseEventContext event) {
                System.err.println("NEO4J PANIC in database " + event.getDatabaseName() + ": exiting so that it is restarted");
                System.err.flush();
                Runtime.getRuntime().halt(70);
            }
        });

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            System.out.println("NEO4J STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "neo4j-shutdown"));

        try {
            setPassword(dbms, password);
        } catch (RuntimeException e) {
            System.err.println("Cannot set the password of user neo4j: " + e.getMessage());
            System.exit(1);
        }

        System.out.println("NEO4J READY bolt://127.0.0.1:" + port);
        System.out.flush();

        Thread watcher = new Thread(Launcher::exitWhenStdinCloses, "stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
        stopped.await();
    }

    /** Sets the password at every start; setting the one it already has is fine. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(rootMessage(e)).contains("Old password and new password cannot be the same")) throw e;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage();
    }

    private static void exitWhenStdinCloses() {
        InputStream in = System.in;
        try {
            while (in.read() != -1) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the same as end of input.
        }
        System.exit(0);
    }
}

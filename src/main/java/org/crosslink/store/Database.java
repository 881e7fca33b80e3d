package org.crosslink.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bus's database: embedded H2 in the data directory by default, PostgreSQL when a JDBC url is set.
 * One schema for both, migrated by Flyway at start. H2 runs with {@code WRITE_DELAY=0}: its default keeps
 * the last half second of commits in memory, and a killed process would lose work the broker was told
 * was done; and with {@code DB_CLOSE_ON_EXIT=FALSE}: the bus, not the JVM's exit, closes it, after the last
 * batch and the outbox flush on SIGTERM. The embedded database has a password (generated, in an owner-only file):
 * the server the bus opens for commands on a loopback port answers only those who know it.
 */
public final class Database implements AutoCloseable {
    public enum Product { H2, POSTGRESQL }

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    static {
        // H2 keeps one cache of the values it is given, hashing every string parameter to look it up there: 4% of
        // the intake thread's CPU and 7% of the relay's in a profile of bench, for rows whose values seldom repeat.
        // Off unless set otherwise; H2 reads it once, when it first loads, which is after this class.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    private final HikariDataSource dataSource;
    private final Product product;
    private H2Server server;

    private Database(HikariDataSource dataSource, Product product) {
        this.dataSource = dataSource;
        this.product = product;
    }

    /**
     * A connection of its own, outside the pool, for as long as the caller keeps it: the pool would retire a
     * connection it lends after its maximum lifetime, and the lease's renewal must not wait for a pooled one
     * behind the batches (see {@link ResolverLease}).
     */
    public Connection dedicatedConnection() throws SQLException {
        return DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
    }

    /**
     * Opens (and migrates) the database at the url, or the embedded one under dataDir when the url is blank.
     * The bus serves an embedded database to commands on a loopback port ({@code serve}); a command finds that
     * port in the data directory and goes through the running bus, or opens the file itself when no bus runs.
     */
    public static Database open(String url, String user, String password, Path dataDir, int poolSize, boolean serve) {
        boolean embedded = url == null || url.isBlank();
        Path file = dataDir.resolve("db/crosslink").toAbsolutePath();
        String served = embedded && !serve ? H2Server.url(file) : null;
        String jdbc = !embedded ? url : served != null ? served : "jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        Product product = jdbc.startsWith("jdbc:postgresql:") ? Product.POSTGRESQL : Product.H2;
        String login = product == Product.H2 && (user == null || user.isBlank()) ? "sa" : user;
        if (embedded && served == null) {
            closeTheOpenDoor(jdbc, login, password);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbc);
        config.setUsername(login);
        config.setPassword(password == null ? "" : password);
        config.setMaximumPoolSize(poolSize);
        config.setAutoCommit(false);
        config.setPoolName("crosslink-db");
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(-1);
        if (product == Product.POSTGRESQL) {
            // names this instance's sessions, so that a standby taking over an expired lease can end them (ResolverLease)
            config.addDataSourceProperty("ApplicationName", ResolverLease.SESSION_PREFIX + ResolverLease.instance());
        }
        HikariDataSource ds = new HikariDataSource(config);
        migrate(ds, product);
        Database db = new Database(ds, product);
        if (embedded && serve) {
            db.server = H2Server.start(file);
        }
        return db;
    }

    /**
     * An embedded database created before it had a password (its user's password empty): given its password now,
     * in the same step that opens it, so that from this start on nothing opens it, through the bus's server or the
     * file, without the password. A database that already has it, or a new one, is left alone.
     */
    private static void closeTheOpenDoor(String jdbc, String user, String password) {
        if (password == null || password.isEmpty()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
            return;
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                return; // let the pool say what is wrong
            }
        }
        try (Connection c = DriverManager.getConnection(jdbc, user, "");
             PreparedStatement ps = c.prepareStatement("ALTER USER \"" + user.toUpperCase(Locale.ROOT) + "\" SET PASSWORD ?")) {
            ps.setString(1, password);
            ps.execute();
            c.commit();
            LOG.info("event=db.password-set user={} reason=created-without-one", user);
        } catch (SQLException e) {
            throw new IllegalStateException("the embedded database refuses its password (" + e.getMessage() + "): was it "
                    + "created with another? Give that one in crosslink.db.password-file", e);
        }
    }

    private static void migrate(DataSource ds, Product product) {
        Map<String, String> types = product == Product.H2
                ? Map.of("blob", "BINARY VARYING(1000000)", "text", "CHARACTER VARYING(1000000)")
                : Map.of("blob", "BYTEA", "text", "TEXT");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").placeholders(types)
                .load().migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Product product() {
        return product;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Work done in one transaction: committed when it returns, rolled back when it throws. */
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    public <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** True when the database answers: tells an outage (wait, retry) from a bad row (isolate the report). */
    public boolean reachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        if (product == Product.H2) {
            try (Connection c = dataSource.getConnection()) {
                c.createStatement().execute("CHECKPOINT");
            } catch (SQLException e) {
                // closing anyway; H2 recovers from its log
            }
        }
        dataSource.close();
    }
}

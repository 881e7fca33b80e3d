package org.crosslink.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.h2.tools.Server;

/**
 * The embedded database served to commands on a loopback port while the bus runs (explain, audit, erase):
 * H2 allows one process to open its file, so other processes go through the bus's server. The port is written
 * next to the database, and removed when the bus stops.
 */
final class H2Server implements AutoCloseable {
    private final Server server;
    private final Path portFile;

    private H2Server(Server server, Path portFile) {
        this.server = server;
        this.portFile = portFile;
    }

    static H2Server start(Path file) {
        try {
            Server server = Server.createTcpServer("-tcpPort", "0", "-ifExists", "-baseDir", file.getParent().toString()).start();
            Path portFile = portFile(file);
            Files.writeString(portFile, Integer.toString(server.getPort()));
            return new H2Server(server, portFile);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot serve the database to commands: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The url of the running bus's database server, or null when no bus serves this database. */
    static String url(Path file) {
        Path portFile = portFile(file);
        if (!Files.exists(portFile)) {
            return null;
        }
        try {
            int port = Integer.parseInt(Files.readString(portFile).trim());
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            }
            return "jdbc:h2:tcp://127.0.0.1:" + port + "/" + file.getFileName();
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    private static Path portFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".server");
    }

    @Override
    public void close() {
        server.stop();
        try {
            Files.deleteIfExists(portFile);
        } catch (IOException e) {
            // a stale file is harmless: nobody answers on its port
        }
    }
}

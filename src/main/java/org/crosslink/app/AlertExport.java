package org.crosslink.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crosslink.pipeline.OutboxRelay;

/** Writes every alert copy published, one JSON object per line; does nothing without a file. */
final class AlertExport implements AutoCloseable {
    private final BufferedWriter out;

    AlertExport(Path file) throws IOException {
        this.out = file == null ? null : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    synchronized void write(OutboxRelay.Published p) {
        if (out == null) {
            return;
        }
        try {
            out.write(p.view().alert().toString());
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}

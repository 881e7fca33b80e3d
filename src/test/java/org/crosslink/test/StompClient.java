package org.crosslink.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A force system speaking STOMP 1.2 over a plain (or TLS) socket, frame by frame, as the README shows. */
public final class StompClient implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private int receipts;

    public StompClient(Socket socket) throws IOException {
        this.socket = socket;
        this.socket.setSoTimeout(20_000);
        this.out = socket.getOutputStream();
        this.in = socket.getInputStream();
    }

    public static StompClient open(String host, int port) throws IOException {
        return new StompClient(new Socket(host, port));
    }

    /** CONNECT; returns the broker's answer (CONNECTED or ERROR). */
    public String connect(String login, String passcode) throws IOException {
        StringBuilder frame = new StringBuilder("CONNECT\naccept-version:1.2\nhost:crosslink\nclient-id:stomp-test-" + System.nanoTime() + "\n");
        if (login != null) {
            frame.append("login:").append(login).append("\npasscode:").append(passcode).append('\n');
        }
        write(frame.append('\n').toString());
        return read();
    }

    /** SEND with a receipt; returns the broker's answer (RECEIPT or ERROR). */
    public String send(String destination, String routing, String body) throws IOException {
        write("SEND\ndestination:" + destination + "\ndestination-type:" + routing + "\ncontent-type:application/json\nreceipt:r"
                + (++receipts) + "\n\n" + body);
        return read();
    }

    /** SUBSCRIBE with a receipt and the extra headers given ("name:value" lines); returns the broker's answer. */
    public String subscribe(String destination, String routing, String... headers) throws IOException {
        StringBuilder frame = new StringBuilder("SUBSCRIBE\nid:s" + (++receipts) + "\ndestination:" + destination + "\nsubscription-type:"
                + routing + "\nack:client\nreceipt:r" + receipts + "\n");
        for (String h : headers) {
            frame.append(h).append('\n');
        }
        write(frame.append('\n').toString());
        return read();
    }

    private void write(String frame) throws IOException {
        out.write(frame.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.flush();
    }

    /** The next frame, or "CLOSED" when the broker closed the connection. */
    public String read() throws IOException {
        StringBuilder sb = new StringBuilder();
        int b;
        for (b = in.read(); b > 0; b = in.read()) {
            sb.append((char) b);
        }
        String frame = sb.toString().stripLeading();
        return b < 0 && frame.isEmpty() ? "CLOSED" : frame;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

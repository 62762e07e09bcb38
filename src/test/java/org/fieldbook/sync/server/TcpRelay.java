package org.fieldbook.sync.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of the test PostgreSQL, on a port of its own: {@link #stop()} is the server going away
 * (connections cut, new ones refused) without stopping the PostgreSQL other tests of the same JVM share;
 * {@link #start()} brings it back on the same port.
 */
public final class TcpRelay implements AutoCloseable {
    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listening;

    /** Relays to the host and port of the JDBC URL {@code url}. */
    public TcpRelay(String url) throws IOException {
        String hostPort = url.substring("jdbc:postgresql://".length(), url.indexOf('/', "jdbc:postgresql://".length()));
        int colon = hostPort.lastIndexOf(':');
        targetHost = colon < 0 ? hostPort : hostPort.substring(0, colon);
        targetPort = colon < 0 ? 5432 : Integer.parseInt(hostPort.substring(colon + 1));
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        start();
    }

    /** {@code url} with its host and port replaced by this relay's. */
    public String url(String url) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        return "jdbc:postgresql://127.0.0.1:" + port + url.substring(slash);
    }

    public synchronized void start() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listening = socket;
        Thread acceptor = new Thread(() -> accept(socket), "relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                return; // closed by stop()
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, read);
                }
            } catch (IOException e) {
                // one side closed: close the other
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    /** The server "goes away": open connections are cut and new ones refused. */
    public synchronized void stop() {
        closeQuietly(listening);
        open.forEach(TcpRelay::closeQuietly);
        open.clear();
    }

    @Override
    public void close() {
        stop();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException ignored) {
            // already closed
        }
    }
}

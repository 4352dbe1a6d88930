package vn.vtvlstudio.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.vtvlstudio.domain.AtomicFiles;

/**
 * Lets a second start on the same database bring the running window forward instead of failing: the running
 * instance listens on a loopback port written beside the database file ({@code NAME.instance}).
 */
final class InstanceChannel implements AutoCloseable {

    private static final String ACTIVATE = "ACTIVATE";
    private final ServerSocket server;
    private final Path portFile;

    private InstanceChannel(ServerSocket server, Path portFile) {
        this.server = server;
        this.portFile = portFile;
    }

    static Path portFile(Path dataFile) {
        return dataFile.resolveSibling(dataFile.getFileName().toString().replace(".mv.db", "") + ".instance");
    }

    /** Starts listening for the database {@code dataFile}; {@code onActivate} runs on a background thread. */
    static InstanceChannel listen(Path dataFile, Runnable onActivate) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Path file = portFile(dataFile);
        AtomicFiles.writeString(file, Integer.toString(server.getLocalPort()));
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept();
                     BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
                    s.setSoTimeout(2000);
                    if (ACTIVATE.equals(in.readLine())) {
                        onActivate.run();
                    }
                } catch (IOException e) {
                    // closed, or a client that said nothing useful: keep serving until closed
                }
            }
        }, "vtvl-instance-channel");
        t.setDaemon(true);
        t.start();
        return new InstanceChannel(server, file);
    }

    /** Asks the instance running on {@code dataFile} to come forward; false when none answers. */
    static boolean activateRunning(Path dataFile) {
        Path file = portFile(dataFile);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (Socket s = new Socket()) {
            int port = Integer.parseInt(Files.readString(file).trim());
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            OutputStream out = s.getOutputStream();
            out.write((ACTIVATE + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(portFile);
        } catch (IOException ignored) {
            // the port file is only a hint; a stale one is answered by nobody and ignored
        }
    }
}

package vn.vtvlstudio.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import javafx.application.Application;
import vn.vtvlstudio.cli.VtvlCli;

/**
 * Entry point. With a subcommand ({@code sample}, {@code summary}, …, {@code --help}, {@code --version}) it runs the
 * command line; otherwise it opens the window. Not a JavaFX Application subclass, so the jar starts from the class
 * path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (VtvlCli.wants(args)) {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            System.exit(VtvlCli.run(args, out, err));
        }
        try {
            StartOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("Lỗi: " + e.getMessage());
            System.exit(VtvlCli.USAGE_OR_INPUT);
        }
        Application.launch(DesktopApp.class, args);
    }
}

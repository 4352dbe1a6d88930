package vn.vtvlstudio.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.vtvlstudio.persistence.DatabaseException;
import vn.vtvlstudio.service.NotFoundException;
import vn.vtvlstudio.service.SampleDataException;

/**
 * The command line over the same services as the window. Exit codes: 0 ok, 1 the work found a problem (e.g.
 * ERROR findings), 2 usage or input error with a one-line message and no stack trace.
 */
@Command(name = "vtvl-studio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "VTVL Studio: lập và kiểm tra đề án vị trí việc làm.",
        subcommands = {SampleCommand.class, SummaryCommand.class, CheckCommand.class, BackupCommand.class, RestoreCommand.class,
                AuditCommand.class, ExportCommand.class, ImportCommand.class})
public final class VtvlCli {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE_OR_INPUT = 2;

    private VtvlCli() {
    }

    /** True when these arguments ask for the command line rather than the window. */
    public static boolean wants(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        if (first.startsWith("-")) {
            // an option (the window's --db, --lang): no need to build the command line, which costs start-up time
            return Set.of("--help", "-h", "--version", "-V").contains(first);
        }
        Set<String> names = new CommandLine(new VtvlCli()).getSubcommands().keySet();
        return names.contains(first);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new VtvlCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("Lỗi: " + messageOf(e));
            err.flush();
            return USAGE_OR_INPUT;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("Lỗi: " + e.getMessage() + " (xem --help)");
            err.flush();
            return USAGE_OR_INPUT;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String messageOf(Exception e) {
        if (e instanceof CliException || e instanceof DatabaseException || e instanceof NotFoundException
                || e instanceof SampleDataException || e instanceof vn.vtvlstudio.service.BackupException
                || e instanceof vn.vtvlstudio.dossier.DossierImportException) {
            return e.getMessage();
        }
        if (e instanceof java.io.IOException) {
            return "không đọc/ghi được tệp: " + e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}

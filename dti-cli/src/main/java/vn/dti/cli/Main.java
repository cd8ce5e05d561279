package vn.dti.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import vn.dti.api.DtiException;
import vn.dti.api.InvalidMethodologyException;

/**
 * The {@code dti} command line; its exit codes are in {@link ExitCode}. A user error prints one
 * message, never a stack trace, and nothing is written to {@code --out} unless the whole run
 * succeeded.
 */
public final class Main {
    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs one {@code dti} command and exits the JVM with its code: 0 done, 2 bad input (the message
     * names the file and line, cell or JSON path), 3 invalid methodology, 4 a methodology's own test
     * cases failed, 1 an internal error (a bug). Output is UTF-8 whatever the platform's encoding;
     * compiled methodologies are cached (see the README's command line section).
     *
     * @param args the command and its options, e.g. {@code score --methodology vn-dti-province-2025
     *             --evidence khanh-hoa-2023.json}
     */
    public static void main(String[] args) {
        useCompiledCache();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(new Main(out, err).run(args));
    }

    /**
     * Keeps compiled methodologies in {@code $XDG_CACHE_HOME/dti} (or {@code ~/.cache/dti}), keyed by
     * the folder's content, so that the next run of an unchanged folder skips compiling it; an
     * edited folder is compiled afresh. {@code DTI_CACHE=off} turns it off; {@code DTI_CACHE_DIR}
     * moves it.
     */
    static void useCompiledCache() {
        if ("off".equalsIgnoreCase(System.getenv("DTI_CACHE")) || System.getProperty("dti.cache.dir") != null) {
            return;
        }
        String dir = System.getenv("DTI_CACHE_DIR");
        if (dir == null || dir.isBlank()) {
            String xdg = System.getenv("XDG_CACHE_HOME");
            dir = (xdg == null || xdg.isBlank() ? System.getProperty("user.home") + "/.cache" : xdg) + "/dti";
        }
        System.setProperty("dti.cache.dir", dir);
    }

    /** Runs one command and returns its exit code. */
    int run(String... args) {
        CommandLine cl = commandLine();
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return code;
    }

    /** The command tree, writing to this run's streams, with dti's error handling. */
    CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DtiCommand());
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(true);
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof CommandLine.ParameterException pe) {
                return commandLine.getParameterExceptionHandler().handleParseException(pe, new String[0]);
            }
            if (ex instanceof InvalidMethodologyException) {
                e.println("dti: invalid methodology: " + ex.getMessage());
                return ExitCode.BAD_METHODOLOGY;
            }
            if (ex instanceof DtiException) {
                e.println("dti: " + ex.getMessage());
                return ExitCode.BAD_INPUT;
            }
            boolean debug = System.getenv("DTI_DEBUG") != null;
            e.println("dti: internal error: " + ex + "\nThis is a bug in dti; please report it with the command you ran."
                    + (debug ? "" : " (Set DTI_DEBUG=1 to print the stack trace.)"));
            if (debug) {
                ex.printStackTrace(e);
            }
            return ExitCode.BUG;
        });
        return cl;
    }
}

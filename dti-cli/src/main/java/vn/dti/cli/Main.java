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
 * The {@code dti} command line. Exit codes: 0 done; 1 internal error (a bug); 2 bad input or
 * usage; 3 invalid methodology; 4 a methodology's own test cases failed. A user error prints one
 * message, never a stack trace, and nothing is written to {@code --out} unless the whole run
 * succeeded.
 */
public final class Main {
    static final int OK = 0;
    static final int BUG = 1;
    static final int BAD_INPUT = 2;
    static final int BAD_METHODOLOGY = 3;
    static final int TESTS_FAILED = 4;

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(new Main(out, err).run(args));
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
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("dti: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
            e.println();
            ex.getCommandLine().usage(e);
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof CommandLine.ParameterException pe) {
                return commandLine.getParameterExceptionHandler().handleParseException(pe, new String[0]);
            }
            if (ex instanceof InvalidMethodologyException) {
                e.println("dti: invalid methodology: " + ex.getMessage());
                return BAD_METHODOLOGY;
            }
            if (ex instanceof DtiException) {
                e.println("dti: " + ex.getMessage());
                return BAD_INPUT;
            }
            boolean debug = System.getenv("DTI_DEBUG") != null;
            e.println("dti: internal error: " + ex + "\nThis is a bug in dti; please report it with the command you ran."
                    + (debug ? "" : " (Set DTI_DEBUG=1 to print the stack trace.)"));
            if (debug) {
                ex.printStackTrace(e);
            }
            return BUG;
        });
        return cl;
    }
}

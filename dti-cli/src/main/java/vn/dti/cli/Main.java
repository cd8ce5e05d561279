package vn.dti.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
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
        List<String> unknown = UsageErrors.unknownCommand(cl, args);
        if (!unknown.isEmpty()) {
            unknown.forEach(line -> cl.getErr().println("dti: " + line));
            cl.getErr().println();
            cl.usage(cl.getErr());
            cl.getErr().flush();
            return ExitCode.BAD_INPUT;
        }
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return code;
    }

    /** A file or folder named on the command line: an empty name (--evidence '') or one no file system takes is a usage error. */
    static Path path(String name) {
        if (name.isEmpty()) {
            throw new CommandLine.TypeConversionException("the name is empty (''); give a file or folder.");
        }
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("[" + name + "] is not a file name here (" + e.getReason() + ").");
        }
    }

    /** The command tree, writing to this run's streams, with dti's error handling. */
    CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DtiCommand());
        cl.setOut(new Output.StandardOutput(out));
        cl.setErr(new Output.ShownWriter(err));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(Path.class, Main::path);
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

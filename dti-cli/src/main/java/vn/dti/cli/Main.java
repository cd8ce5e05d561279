package vn.dti.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import vn.dti.api.DtiException;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * The {@code dti} command line; its exit codes are in {@link ExitCode}. A user error prints one
 * message, never a stack trace, and nothing is written to {@code --out} unless the whole run
 * succeeded. Everything is written in the run's language: {@code --lang vi|en} on any command,
 * else {@code DTI_LANG}, else the locale where it is Vietnamese or English, else Vietnamese
 * ({@link Language#resolve(String)}).
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
        Preload.start(args);
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
        List<String> options = languageOptions(args);
        String unknown = options.stream().filter(o -> Language.parse(o).isEmpty()).findFirst().orElse(null);
        // the last language named; a run that also names an unknown one is refused in it
        Language language = Language.resolve(options.stream().filter(o -> Language.parse(o).isPresent()).reduce((a, b) -> b).orElse(null));
        CommandLine cl = commandLine(language, DtiCommand.commandsFor(args));
        if (unknown != null) {
            return new UsageErrors().handleParseException(new CommandLine.ParameterException(cl,
                    Messages.text(language, "cli.usage.badLanguage", unknown)), args);
        }
        List<String> unknownCommand = UsageErrors.unknownCommand(cl, args);
        if (!unknownCommand.isEmpty()) {
            unknownCommand.forEach(line -> cl.getErr().println("dti: " + line));
            cl.getErr().println();
            cl.usage(cl.getErr());
            cl.getErr().flush();
            return ExitCode.BAD_INPUT;
        }
        // the library's texts (a folder's problems) follow --lang too
        int code = Language.during(options.isEmpty() ? null : language, () -> cl.execute(args));
        cl.getOut().flush();
        cl.getErr().flush();
        return code;
    }

    /** A file or folder named on the command line: an empty name (--evidence '') or one no file system takes is a usage error. */
    static Path path(String name, Language language) {
        if (name.isEmpty()) {
            throw new CommandLine.TypeConversionException(Messages.text(language, "cli.path.empty"));
        }
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException(Messages.text(language, "cli.path.notAName", name, e.getReason()));
        }
    }

    /**
     * The values of {@code --lang} ({@code --lang en} or {@code --lang=en}) before a {@code --}, in
     * order. Read before picocli parses the line: its help texts and its parse errors are written in
     * that language too.
     */
    static List<String> languageOptions(String... args) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            }
            if (a.equals("--lang") && i + 1 < args.length) {
                values.add(args[++i]);
            } else if (a.startsWith("--lang=")) {
                values.add(a.substring("--lang=".length()));
            }
        }
        return values;
    }

    /** The command tree in the environment's language (for tests of the tree itself). */
    CommandLine commandLine() {
        return commandLine(Language.fromEnvironment());
    }

    /** The command tree, writing to this run's streams in {@code language}, with dti's error handling. */
    CommandLine commandLine(Language language) {
        return commandLine(language, List.copyOf(DtiCommand.COMMANDS.values()));
    }

    /** The command tree with these commands under dti (all, or the one a run names: {@link DtiCommand#commandsFor}). */
    CommandLine commandLine(Language language, List<Class<?>> commands) {
        CommandLine cl = new CommandLine(new DtiCommand(language));
        // added before the settings below, which apply to the commands present when they are set
        commands.forEach(cl::addSubcommand);
        cl.setResourceBundle(Messages.resourceBundle("vn/dti/cli/help", language));
        cl.setOut(new Output.StandardOutput(out));
        cl.setErr(new Output.ShownWriter(err));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(Path.class, name -> path(name, language));
        cl.setUsageHelpAutoWidth(true);
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof CommandLine.ParameterException pe) {
                return commandLine.getParameterExceptionHandler().handleParseException(pe, new String[0]);
            }
            if (ex instanceof InvalidMethodologyException im) {
                e.println(Messages.text(language, "cli.error.invalidMethodology", im.message(language)));
                return ExitCode.BAD_METHODOLOGY;
            }
            if (ex instanceof DtiException d) {
                e.println("dti: " + d.message(language));
                return ExitCode.BAD_INPUT;
            }
            boolean debug = System.getenv("DTI_DEBUG") != null;
            e.println(Messages.text(language, "cli.error.internal", ex.toString(), debug ? "" : Messages.text(language, "cli.error.debugHint")));
            if (debug) {
                ex.printStackTrace(e);
            }
            return ExitCode.BUG;
        });
        return cl;
    }
}

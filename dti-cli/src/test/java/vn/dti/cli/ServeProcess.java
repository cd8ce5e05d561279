package vn.dti.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code dti serve} as a child process, as an operator runs it: a JVM of its own on the test's
 * class path ({@code java vn.dti.cli.Main serve --port 0 …}), its standard output and error kept in
 * files of a folder; started when it prints its {@code listening on http://} line. {@link #kill()}
 * is {@code kill -9}; {@link #stop()} is Ctrl-C's SIGTERM (the service's shutdown hook closes it).
 */
final class ServeProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("(?m)^listening on (http://\\S+)$");
    private static final Pattern ADMIN = Pattern.compile("(?m)^admin password: (\\S+)$");

    private final Process process;
    private final Path out;
    private final Path err;
    private final String url;

    private ServeProcess(Process process, Path out, Path err, String url) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.url = url;
    }

    /**
     * Starts {@code dti serve --port 0} with these further arguments and environment variables, its
     * output in {@code <logs>/<name>.out} and {@code .err}; waits (at most 120 s) for its address.
     * The JVM logs at {@code info} (more than {@code dti serve}'s default, {@code warn}, for all but
     * the service's own lines).
     */
    static ServeProcess start(Path logs, String name, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=info"));
        String cache = System.getProperty("dti.cache.dir");
        if (cache != null) {
            command.add("-Ddti.cache.dir=" + cache);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.dti.cli.Main", "serve", "--port", "0"));
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        ProcessBuilder b = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        b.environment().putAll(env);
        Process p = b.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(read(out));
            if (m.find()) {
                return new ServeProcess(p, out, err, m.group(1));
            }
            if (!p.isAlive()) {
                throw new AssertionError("dti serve ended with " + p.exitValue() + ":\n" + read(out) + read(err));
            }
            Thread.sleep(100);
        }
        p.destroyForcibly().waitFor();
        throw new AssertionError("dti serve did not start in 120 s:\n" + read(out) + read(err));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return url;
    }

    long pid() {
        return process.pid();
    }

    /** The first admin's one-time password, when this start printed one (an empty database). */
    Optional<String> adminPassword() {
        Matcher m = ADMIN.matcher(stdout());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    String stdout() {
        return read(out);
    }

    String stderr() {
        return read(err);
    }

    /** {@code kill -9}: no shutdown hook runs, the embedded PostgreSQL (a process of its own) stays. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the JVM did not die on SIGKILL");
        }
    }

    /** SIGTERM, as Ctrl-C: the shutdown hook stops the service and its database; its exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("dti serve did not stop within 60 s of SIGTERM:\n" + stderr());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}

package vn.dti.benchmarks;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import vn.dti.api.Evidence;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;

/**
 * The benchmark entry point ({@code java -jar dti-benchmarks/target/benchmarks.jar <command>}):
 * <ul>
 *   <li>{@code full [forks]}: every workload, then a table of figures and ratios to the
 *       plain-Java and naive-Drools references, min/median/max across forks, run in rounds of one
 *       fork per scorer so that the machine's drift falls on all alike (docs/performance.md);</li>
 *   <li>{@code smoke}: the same in seconds (one short iteration, in-process), to prove it works;</li>
 *   <li>{@code cold [runs]}: {@code dti score} as a whole process, step by step (compiled cache,
 *       class-data-sharing archive, C1, the {@code bin/dti} launcher) against a bare JVM start;</li>
 *   <li>{@code reload [count]}: rebuild and swap the methodology while scoring, heap and metaspace
 *       after a full GC before and after;</li>
 *   <li>{@code memory [count]}: the memory one loaded methodology holds: {@code count} scorers of the
 *       bundled 2025 methodology kept at once, heap and metaspace after a full GC (docs/embedding.md);</li>
 *   <li>{@code server [forks] [seconds]}: the service over loopback against the same calls in-process:
 *       p50/p99 latency of scoring and of a status request at 1, 8 and 32 clients, and the time to
 *       accept an agency's workbook ({@link ServerBenchmark});</li>
 *   <li>{@code profile [scorer] [seconds]}: score 3,321 entities in a loop (run it under JFR);</li>
 *   <li>{@code cpu [rounds] [forks]}: scoring speed by CPU time, for a loaded machine
 *       ({@link CpuBenchmark});</li>
 *   <li>{@code jmh [JMH options]}: JMH itself.</li>
 * </ul>
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String cmd = args.length == 0 ? "full" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (cmd) {
            case "jmh":
                org.openjdk.jmh.Main.main(rest);
                break;
            case "cold":
                cold(rest.length > 0 ? Integer.parseInt(rest[0]) : 5);
                break;
            case "reload":
                reload(rest.length > 0 ? Integer.parseInt(rest[0]) : 100);
                break;
            case "memory":
                memory(rest.length > 0 ? Integer.parseInt(rest[0]) : 10);
                break;
            case "profile":
                profile(rest.length > 0 ? rest[0] : Scorers.LIBRARY, rest.length > 1 ? Integer.parseInt(rest[1]) : 20);
                break;
            case "server":
                ServerBenchmark.run(rest.length > 0 ? Integer.parseInt(rest[0]) : 3, rest.length > 1 ? Double.parseDouble(rest[1]) : 10);
                break;
            case "cpu":
                CpuBenchmark.run(rest.length > 0 ? Integer.parseInt(rest[0]) : 10, rest.length > 1 ? Integer.parseInt(rest[1]) : 3);
                break;
            case "smoke":
                full(0, true);
                break;
            case "full":
                full(rest.length > 0 ? Integer.parseInt(rest[0]) : 3, false);
                break;
            default:
                System.err.println("usage: benchmarks.jar full [forks] | smoke | cold [runs] | reload [count] | memory [count] | server [forks] [seconds] "
                        + "| cpu [rounds] [forks] | jmh [options]");
                System.exit(2);
        }
    }

    // ------------------------------------------------------------------ JMH workloads and ratios

    static void full(int forks, boolean smoke) throws Exception {
        System.out.println("# dti benchmarks (" + (smoke ? "smoke: one short iteration, in-process; figures are not meaningful"
                : forks + " forks, in rounds: each round forks once for each scorer and size") + ")");
        System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB\n");
        Collection<RunResult> score = run(ScoreBenchmark.class, forks, smoke, smoke ? new String[] {"34"} : null);
        System.out.println("## Throughput: entities scored per second (each entity alone, full score cards)\n");
        System.out.println("| entities | scorer | entities/s min | median | max | library ÷ this (median) |");
        System.out.println("|---|---|---|---|---|---|");
        StringBuilder summary = new StringBuilder();
        StringBuilder perRound = new StringBuilder();
        for (String n : smoke ? new String[] {"34"} : new String[] {"34", "3321"}) {
            double lib = Stats.median(perFork(score, "entities", n, "scorer", Scorers.LIBRARY, Integer.parseInt(n)));
            for (String s : new String[] {Scorers.LIBRARY, Scorers.PLAIN_JAVA, Scorers.NAIVE_DROOLS}) {
                double[] f = perFork(score, "entities", n, "scorer", s, Integer.parseInt(n));
                System.out.printf(Locale.ROOT, "| %s | %s | %,.0f | %,.0f | %,.0f | %.3f |%n", n, s, Stats.min(f), Stats.median(f), Stats.max(f), lib / Stats.median(f));
            }
            double[] libraryRounds = perFork(score, "entities", n, "scorer", Scorers.LIBRARY, Integer.parseInt(n));
            double[] plainRounds = perFork(score, "entities", n, "scorer", Scorers.PLAIN_JAVA, Integer.parseInt(n));
            if (libraryRounds.length > 1 && libraryRounds.length == plainRounds.length) {
                perRound.append(String.format(Locale.ROOT, "%n%s entities, library ÷ plain Java round by round:", n));
                for (int i = 0; i < libraryRounds.length; i++) {
                    perRound.append(String.format(Locale.ROOT, " %.3f", libraryRounds[i] / plainRounds[i]));
                }
            }
            summary.append(summaryOf(n, lib, Stats.median(perFork(score, "entities", n, "scorer", Scorers.PLAIN_JAVA, Integer.parseInt(n))),
                    Stats.median(perFork(score, "entities", n, "scorer", Scorers.NAIVE_DROOLS, Integer.parseInt(n)))));
        }
        System.out.println(perRound);
        if (!smoke) {
            Collection<RunResult> large = run(LargeScoreBenchmark.class, forks, false, null);
            System.out.println("\n## 100,000 entities, streamed (bounded memory)\n");
            System.out.println("| scorer | entities/s min | median | max |");
            System.out.println("|---|---|---|---|");
            for (String s : new String[] {Scorers.LIBRARY, Scorers.PLAIN_JAVA}) {
                double[] f = perFork(large, "entities", "100000", "scorer", s, 100000);
                System.out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f |%n", s, Stats.min(f), Stats.median(f), Stats.max(f));
            }
        }
        Collection<RunResult> rank = run(RankBenchmark.class, forks, smoke, smoke ? new String[] {"34"} : null);
        System.out.println("\n## Rank a cohort given by evidence (score all together, rank overall and per main indicator)\n");
        System.out.println("| entities | ms min | median | max |");
        System.out.println("|---|---|---|---|");
        for (RunResult r : rank) {
            double[] ms = r.getBenchmarkResults().stream().mapToDouble(b -> b.getPrimaryResult().getScore()).toArray();
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", r.getParams().getParam("entities"), Stats.min(ms), Stats.median(ms), Stats.max(ms));
        }
        Collection<RunResult> whatIf = run(WhatIfBenchmark.class, forks, smoke, null);
        System.out.println("\n## What-if: change one province, re-score and re-rank 34 (ms)\n");
        System.out.println("| scorer | mean | p50 | p99 | p99.9 | max |");
        System.out.println("|---|---|---|---|---|---|");
        for (RunResult r : whatIf) {
            var st = r.getPrimaryResult().getStatistics();
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n", r.getParams().getParam("scorer"), st.getMean(), st.getPercentile(50),
                    st.getPercentile(99), st.getPercentile(99.9), st.getMax());
        }
        Collection<RunResult> sensitivity = run(SensitivityBenchmark.class, forks, smoke, null);
        System.out.println("\n## Rank sensitivity: 34 provinces × 10,000 samples, the whole run (ms; target < 2,000)\n");
        System.out.println("| scorer | ms min | median | max | library ÷ this (median) |");
        System.out.println("|---|---|---|---|---|");
        double libMs = Stats.median(perForkMs(sensitivity, Scorers.LIBRARY));
        for (String s : new String[] {Scorers.LIBRARY, Scorers.PLAIN_JAVA}) {
            double[] ms = perForkMs(sensitivity, s);
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.3f |%n", s, Stats.min(ms), Stats.median(ms), Stats.max(ms), libMs / Stats.median(ms));
        }
        Collection<RunResult> load = run(LoadBenchmark.class, forks, smoke, null);
        System.out.println("\n## Methodology load\n");
        for (RunResult r : load) {
            System.out.printf(Locale.ROOT, "Warm rebuild (read, check, compile a folder): %.1f ms per load (mean)%n", r.getPrimaryResult().getScore());
        }
        cold(smoke ? 1 : 15);
        reload(smoke ? 5 : 100);
        memory(smoke ? 2 : 10);
        if (smoke) {
            ServerBenchmark.smoke();
        } else {
            ServerBenchmark.run(Math.max(1, forks), 10);
        }
        // one line, last, so that a drift from the targets is seen at once (issue 17: library ÷ plain Java ≥ 0.8, naive ÷ library ≥ 20)
        System.out.println("\nSUMMARY " + java.time.LocalDate.now() + summary);
    }

    /**
     * One workload's part of the summary line: library ÷ plain Java and naive Drools ÷ library, from median throughputs
     * (entities per second), each with the target it is held to.
     */
    static String summaryOf(String entities, double library, double plainJava, double naiveDrools) {
        return String.format(Locale.ROOT, " | %s entities: library÷plain %.2f (target ≥ 0.80), naive÷library %.1f× (target ≥ 20×)", entities,
                library / plainJava, library / naiveDrools);
    }

    /**
     * Runs a benchmark class in {@code forks} rounds of one fork each: every round forks once for every parameter
     * combination (library, plain Java, naive Drools, in turn), so that a drift of the machine's own speed falls on
     * the scorers alike. JMH's own {@code -f N} runs a combination's N forks back to back: a shared 2-core machine
     * that runs a quarter slower for a few minutes then lowers one scorer's forks only (2026-12-07: the library's two
     * forks at 3,321 entities 26% apart, the plain-Java reference's measured minutes later). The results of the rounds
     * are merged by combination, each fork kept as its own {@link BenchmarkResult}.
     */
    private static Collection<RunResult> run(Class<?> benchmark, int forks, boolean smoke, String[] entities) throws Exception {
        if (smoke || forks <= 1) {
            return runOnce(benchmark, forks, smoke, entities);
        }
        Map<String, List<RunResult>> byCombination = new LinkedHashMap<>();
        for (int round = 0; round < forks; round++) {
            for (RunResult r : runOnce(benchmark, 1, false, entities)) {
                byCombination.computeIfAbsent(r.getParams().id(), k -> new ArrayList<>()).add(r);
            }
        }
        List<RunResult> merged = new ArrayList<>();
        for (List<RunResult> rounds : byCombination.values()) {
            List<BenchmarkResult> each = new ArrayList<>();
            rounds.forEach(r -> each.addAll(r.getBenchmarkResults()));
            merged.add(new RunResult(rounds.get(0).getParams(), each));
        }
        return merged;
    }

    private static Collection<RunResult> runOnce(Class<?> benchmark, int forks, boolean smoke, String[] entities) throws Exception {
        ChainedOptionsBuilder o = new OptionsBuilder().include("^" + benchmark.getName().replace(".", "\\.") + "\\.").forks(forks).shouldFailOnError(true)
                .jvmArgsAppend("-Xmx4g", "-XX:+UseParallelGC");
        if (entities != null) {
            o.param("entities", entities);
        }
        if (smoke) {
            o.warmupIterations(1).warmupTime(TimeValue.milliseconds(200)).measurementIterations(1).measurementTime(TimeValue.milliseconds(300));
        } else if (benchmark == LargeScoreBenchmark.class) {
            o.warmupIterations(2).measurementIterations(3);
        } else {
            o.warmupIterations(3).warmupTime(TimeValue.seconds(2)).measurementIterations(5).measurementTime(TimeValue.seconds(2));
        }
        return new Runner(o.build()).run();
    }

    /** Entities per second in each fork (from ms per operation). */
    private static double[] perFork(Collection<RunResult> results, String p1, String v1, String p2, String v2, int entities) {
        for (RunResult r : results) {
            if (v1.equals(r.getParams().getParam(p1)) && v2.equals(r.getParams().getParam(p2))) {
                List<Double> out = new ArrayList<>();
                for (BenchmarkResult b : r.getBenchmarkResults()) {
                    out.add(entities / (b.getPrimaryResult().getScore() / 1000.0));
                }
                return out.stream().mapToDouble(Double::doubleValue).toArray();
            }
        }
        throw new IllegalStateException("no result for " + v1 + " " + v2);
    }

    /** Milliseconds per operation in each fork, for one scorer. */
    private static double[] perForkMs(Collection<RunResult> results, String scorer) {
        for (RunResult r : results) {
            if (scorer.equals(r.getParams().getParam("scorer"))) {
                return r.getBenchmarkResults().stream().mapToDouble(b -> b.getPrimaryResult().getScore()).toArray();
            }
        }
        throw new IllegalStateException("no result for " + scorer);
    }

    static void profile(String name, int seconds) {
        RuleScorer s = Scorers.of(name);
        List<Evidence> evidence = Workloads.entities(s.methodology(), 3321, Workloads.SEED);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long passes = 0;
        while (System.nanoTime() < end) {
            s.scoreAll(evidence);
            passes++;
        }
        System.out.printf(Locale.ROOT, "%s: %d passes of 3,321 entities in %d s%n", name, passes, seconds);
    }

    // ------------------------------------------------------------------ cold load, as whole processes

    /**
     * {@code dti score} on the bundled example as a whole process, step by step: what the compiled
     * cache, a class-data-sharing archive and the C1 compiler each buy, and the launcher that
     * combines them ({@code bin/dti}), against a JVM that starts and exits (the baseline). Needs
     * {@code dti-cli/target/dti.jar} (or {@code -Ddti.jar=...}); run from the repository root.
     */
    static void cold(int runs) throws Exception {
        String javaExe = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = Path.of(System.getProperty("dti.jar", "dti-cli/target/dti.jar"));
        Path launcher = Path.of(System.getProperty("dti.launcher", "bin/dti"));
        List<String> score = List.of("score", "--methodology", "vn-dti-province-2025", "--evidence", "dti-examples/data/khanh-hoa-2023.json");
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(Path.of(score.get(4)))) {
            System.out.println("\n## Cold start: skipped (run from the repository root after 'mvn package': needs " + jar + ")");
            return;
        }
        Path tmp = Files.createTempDirectory("dti-cold");
        Path cache = tmp.resolve("cache");
        Path jsa = tmp.resolve("dti.jsa");
        List<String> base = List.of(javaExe, "-cp", System.getProperty("java.class.path"), ColdLoad.class.getName(), "jvm-only");
        List<String> plain = concat(List.of(javaExe, "-jar", jar.toString()), score);
        List<String> cds = concat(List.of(javaExe, "-XX:SharedArchiveFile=" + jsa, "-jar", jar.toString()), score);
        List<String> c1 = concat(List.of(javaExe, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=" + jsa, "-jar", jar.toString()), score);
        List<String> launch = concat(List.of(launcher.toString()), score);
        Map<String, String> off = Map.of("DTI_CACHE", "off");
        Map<String, String> on = Map.of("DTI_CACHE_DIR", cache.toString());
        Map<String, String> launcherEnv = Map.of("DTI_CACHE_DIR", tmp.resolve("launcher").toString(), "DTI_JAR", jar.toString());
        // warm-ups: fill the compiled cache, make the archive (a training run), let the launcher make its own
        time(plain, on);
        time(concat(List.of(javaExe, "-XX:ArchiveClassesAtExit=" + jsa, "-jar", jar.toString()), score), on);
        boolean withLauncher = Files.isExecutable(launcher);
        if (withLauncher) {
            // the first records the launcher's archive (two runs of its own), the second is the first to map it
            time(launch, launcherEnv);
            time(launch, launcherEnv);
        }
        String[] names = {"JVM start only (baseline)", "java -jar dti.jar score: compile every run (DTI_CACHE=off)",
            "+ compiled methodology cache (unchanged folder)", "+ class-data-sharing archive", "+ C1 only, serial GC", "bin/dti launcher (all of the above)"};
        double[][] t = new double[names.length][runs];
        for (int i = 0; i < runs; i++) {
            t[0][i] = time(base, Map.of());
            t[1][i] = time(plain, off);
            t[2][i] = time(plain, on);
            t[3][i] = time(cds, on);
            t[4][i] = time(c1, on);
            t[5][i] = withLauncher ? time(launch, launcherEnv) : Double.NaN;
        }
        System.out.println("\n## Cold start: dti score on the bundled example, whole process (" + runs + " runs each, interleaved)\n");
        System.out.println("| process | min s | median s | max s | median ÷ baseline |");
        System.out.println("|---|---|---|---|---|");
        double b = Stats.median(t[0]);
        for (int k = 0; k < names.length; k++) {
            if (k == 5 && !withLauncher) {
                continue;
            }
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.1f |%n", names[k], Stats.min(t[k]), Stats.median(t[k]), Stats.max(t[k]), Stats.median(t[k]) / b);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static double time(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")));
        pb.environment().remove("DTI_CACHE");
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("cold run failed (exit " + (p.isAlive() ? "timeout" : p.exitValue()) + "): " + String.join(" ", command));
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    // ------------------------------------------------------------------ reload while scoring

    static void reload(int count) throws Exception {
        Path folder = Files.createTempDirectory("dti-reload").resolve("m");
        Methodologies.export("vn-dti-province-2025", folder);
        AtomicReference<RuleScorer> current = new AtomicReference<>(Methodologies.load(folder));
        List<Evidence> evidence = Workloads.entities(current.get().methodology(), 34, Workloads.SEED);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong scored = new AtomicLong();
        Thread scorer = new Thread(() -> {
            while (!stop.get()) {
                scored.addAndGet(current.get().scoreAll(evidence).size());
            }
        }, "scoring");
        scorer.start();
        for (int i = 0; i < 5; i++) {
            current.set(Methodologies.load(folder));
        }
        long[] start = memory();
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            current.set(Methodologies.load(folder));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        stop.set(true);
        scorer.join();
        long[] end = memory();
        System.out.println("\n## Reload: rebuild and swap the methodology " + count + " times while scoring continues\n");
        System.out.println("| after a full GC | start MB | end MB | growth MB |");
        System.out.println("|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| heap used | %.1f | %.1f | %+.2f |%n", start[0] / 1e6, end[0] / 1e6, (end[0] - start[0]) / 1e6);
        System.out.printf(Locale.ROOT, "| metaspace used | %.1f | %.1f | %+.2f |%n", start[1] / 1e6, end[1] / 1e6, (end[1] - start[1]) / 1e6);
        System.out.printf(Locale.ROOT, "%n%d reloads in %.1f s (%.0f ms each) while %,d entities were scored.%n", count, seconds, seconds * 1000 / count,
                scored.get());
    }

    // ------------------------------------------------------------------ memory per loaded methodology

    /**
     * Loads the bundled 2025 methodology {@code count} times from a folder (each load compiles its own
     * rules, as an application holding several methodologies, or versions, does), scores 34 entities
     * with each so that everything built on first use is there, keeps them all, and divides the growth
     * of heap and metaspace after a full GC by {@code count}. The first one, with the classes of dti,
     * Drools and the JDK it loads, is measured apart, from a JVM that has read the folder only.
     */
    static void memory(int count) throws Exception {
        Path folder = Files.createTempDirectory("dti-memory").resolve("m");
        Methodologies.export("vn-dti-province-2025", folder);
        long[] bare = memory();
        RuleScorer first = Methodologies.load(folder);
        List<Evidence> evidence = Workloads.entities(first.methodology(), 34, Workloads.SEED);
        first.scoreAll(evidence);
        long[] start = memory();
        List<RuleScorer> held = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            RuleScorer s = Methodologies.load(folder);
            s.scoreAll(evidence);
            held.add(s);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] end = memory();
        System.out.println("\n## Memory per loaded methodology: " + count + " scorers of vn-dti-province-2025 (" + first.scoringRules().size()
                + " scoring rules) held at once\n");
        System.out.println("| after a full GC | folder read, MB | first scorer used, MB | " + (count + 1) + " scorers, MB | each further scorer, MB |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| heap used | %.1f | %.1f | %.1f | %.2f |%n", bare[0] / 1e6, start[0] / 1e6, end[0] / 1e6,
                (end[0] - start[0]) / 1e6 / count);
        System.out.printf(Locale.ROOT, "| metaspace used | %.1f | %.1f | %.1f | %.2f |%n", bare[1] / 1e6, start[1] / 1e6, end[1] / 1e6,
                (end[1] - start[1]) / 1e6 / count);
        System.out.printf(Locale.ROOT, "%n%d loads (compile and score 34) in %.1f s; %d scorers held.%n", count, seconds, held.size());
        java.lang.ref.Reference.reachabilityFence(held);
        java.lang.ref.Reference.reachabilityFence(first);
    }

    /** {heap used, metaspace used} after full collections. */
    private static long[] memory() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(150);
        }
        long meta = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals("Metaspace")) {
                meta = pool.getUsage().getUsed();
            }
        }
        return new long[] {ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), meta};
    }
}

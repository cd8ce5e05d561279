package vn.dti.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dti.api.Evidence;
import vn.dti.rules.RuleScorer;

/**
 * Scoring speed by CPU time, for a machine other work is loading (where wall-clock figures swing
 * by several times): {@code benchmarks.jar cpu [rounds] [forks]}. Each fork is a fresh JVM
 * ({@code -Xmx2g -XX:+UseParallelGC}, as the JMH forks) that scores 34 and 3,321 entities with the
 * library and both references, interleaved: after 3 rounds of warm-up, every round times each
 * scorer on each workload once, by the process's CPU time (every thread: the rules' runner, the
 * collector, the compiler) and the bytes every thread allocated. A fork reports each figure's
 * median over its rounds; the table gives min / median / max across forks, and the ratios
 * library ÷ plain Java and naive ÷ library of each fork, so both sides of a ratio met the same load.
 */
final class CpuBenchmark {
    private static final String[] SCORERS = {Scorers.LIBRARY, Scorers.PLAIN_JAVA, Scorers.NAIVE_DROOLS};
    private static final int[] SIZES = {34, 3321};
    /** Entities scored per measurement, at least: the 34 entities are scored 100 times over. */
    private static final int PER_MEASUREMENT = 3321;

    private CpuBenchmark() {
    }

    /** Runs {@code forks} JVMs of {@link #fork} and prints the table. */
    static void run(int rounds, int forks) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        Map<String, double[]> byKey = new LinkedHashMap<>();
        for (int f = 0; f < forks; f++) {
            List<String> cmd = new ArrayList<>(List.of(java, "-Xmx2g", "-XX:+UseParallelGC"));
            for (String p : new String[] {"dti.rules.tablesInDrools", "dti.rules.chunk", "dti.rules.insertAll", "dti.rules.timeLimit"}) {
                if (System.getProperty(p) != null) {
                    cmd.add("-D" + p + "=" + System.getProperty(p));
                }
            }
            cmd.addAll(List.of("-cp", classPath, CpuBenchmark.class.getName(), Integer.toString(rounds)));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("RESULT ")) {
                        String[] part = line.split(" ");
                        byKey.computeIfAbsent(part[1], k -> new double[forks])[f] = Double.parseDouble(part[2]);
                    }
                }
            }
            if (p.waitFor() != 0) {
                throw new IllegalStateException("fork " + (f + 1) + " failed: " + cmd);
            }
        }
        System.out.printf(Locale.ROOT, "# CPU time per entity scored (%d forks × %d rounds; min / median / max across forks)%n%n", forks, rounds);
        System.out.println("| entities | scorer | CPU µs per entity min | median | max | KB allocated per entity (median) |");
        System.out.println("|---|---|---|---|---|---|");
        for (int n : SIZES) {
            for (String s : SCORERS) {
                double[] cpu = byKey.get("cpu." + n + "." + s);
                double[] kb = byKey.get("kb." + n + "." + s);
                System.out.printf(Locale.ROOT, "| %,d | %s | %.2f | %.2f | %.2f | %.1f |%n", n, s, Stats.min(cpu), Stats.median(cpu), Stats.max(cpu),
                        Stats.median(kb));
            }
        }
        System.out.println("\n| entities | library ÷ plain Java (speed) min | median | max | naive ÷ library min | median | max |");
        System.out.println("|---|---|---|---|---|---|---|");
        StringBuilder summary = new StringBuilder("CPU SUMMARY");
        for (int n : SIZES) {
            double[] lib = byKey.get("cpu." + n + "." + Scorers.LIBRARY);
            double[] plain = byKey.get("cpu." + n + "." + Scorers.PLAIN_JAVA);
            double[] naive = byKey.get("cpu." + n + "." + Scorers.NAIVE_DROOLS);
            double[] speed = new double[forks];
            double[] margin = new double[forks];
            for (int f = 0; f < forks; f++) {
                speed[f] = plain[f] / lib[f];
                margin[f] = naive[f] / lib[f];
            }
            System.out.printf(Locale.ROOT, "| %,d | %.2f | **%.2f** | %.2f | %.1f× | **%.1f×** | %.1f× |%n", n, Stats.min(speed), Stats.median(speed),
                    Stats.max(speed), Stats.min(margin), Stats.median(margin), Stats.max(margin));
            summary.append(String.format(Locale.ROOT, " | %d entities: library÷plain %.2f (target ≥ 0.80), naive÷library %.1f× (target ≥ 20×)", n,
                    Stats.median(speed), Stats.median(margin)));
        }
        System.out.println();
        System.out.println(summary);
    }

    /**
     * A fork's entry point, {@code CpuBenchmark <rounds>}; {@code CpuBenchmark run <rounds> <forks>}
     * runs the whole measurement (for a class path without {@link Bench}'s {@code cpu} command, such
     * as an older build's benchmarks.jar with this class beside it).
     */
    public static void main(String[] args) throws Exception {
        if (args[0].equals("run")) {
            run(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        } else {
            fork(Integer.parseInt(args[0]));
        }
    }

    /** One fork: prints {@code RESULT <key> <value>} lines, medians over the rounds. */
    static void fork(int rounds) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<String, RuleScorer> scorers = new LinkedHashMap<>();
        for (String s : SCORERS) {
            scorers.put(s, Scorers.of(s));
        }
        Map<Integer, List<Evidence>> work = new LinkedHashMap<>();
        for (int n : SIZES) {
            work.put(n, Workloads.entities(scorers.get(Scorers.LIBRARY).methodology(), n, Workloads.SEED));
        }
        Map<String, double[]> cpu = new LinkedHashMap<>();
        Map<String, double[]> kb = new LinkedHashMap<>();
        for (int r = -3; r < rounds; r++) {
            for (int n : SIZES) {
                List<Evidence> evidence = work.get(n);
                int passes = Math.max(1, PER_MEASUREMENT / n);
                for (String s : SCORERS) {
                    RuleScorer scorer = scorers.get(s);
                    long bytes0 = allocated(threads);
                    long cpu0 = os.getProcessCpuTime();
                    for (int p = 0; p < passes; p++) {
                        scorer.scoreAll(evidence);
                    }
                    long cpu1 = os.getProcessCpuTime();
                    long bytes1 = allocated(threads);
                    if (r >= 0) {
                        double entities = (double) passes * n;
                        cpu.computeIfAbsent(n + "." + s, k -> new double[rounds])[r] = (cpu1 - cpu0) / 1e3 / entities;
                        kb.computeIfAbsent(n + "." + s, k -> new double[rounds])[r] = (bytes1 - bytes0) / 1024.0 / entities;
                    }
                }
            }
        }
        cpu.forEach((k, v) -> System.out.printf(Locale.ROOT, "RESULT cpu.%s %.4f%n", k, Stats.median(v)));
        kb.forEach((k, v) -> System.out.printf(Locale.ROOT, "RESULT kb.%s %.4f%n", k, Stats.median(v)));
    }

    private static long allocated(com.sun.management.ThreadMXBean threads) {
        long[] ids = threads.getAllThreadIds();
        return Arrays.stream(threads.getThreadAllocatedBytes(ids)).filter(b -> b > 0).sum();
    }
}

package vn.dti.rules.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.text.Message;

/**
 * The watchdog on every rule firing, in safe and trusted mode alike, during the load-time sweep,
 * a folder's test cases and scoring: the rules of one chunk fire in a runner thread, and a run
 * that goes past the time limit ({@value #PROPERTY}, in seconds of the runner's processor time;
 * 5 by default; see {@link #run}) is stopped and
 * reported naming the rule that was firing and its file and line ({@link RuleOrigins}). Rules that
 * fire without end (a consequence that inserts or modifies facts in a loop) are stopped by count
 * and reported naming the rule that fired most. Only rules that cannot run long are not watched:
 * rules fired directly ({@link DirectRules}) whose code passed the safe-mode check and declares no
 * function ({@link DirectRules#endsQuickly()}: straight-line code, no loops, no recursion) fire
 * on the calling thread.
 *
 * <p>Thread-safe: each run has its own session, listener and runner; many threads may score with
 * one shared rule base. Runners are daemon threads, kept while in use and for a minute after.
 */
final class Watchdog {
    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
    /** The system property that sets the time limit of one run of the rules, in seconds (a decimal number). */
    static final String PROPERTY = "dti.rules.timeLimit";
    /** The default time limit, in seconds. */
    static final double DEFAULT_SECONDS = 5;
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService RUNNERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dti-rules-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private Watchdog() {
    }

    /** A run of the rules stopped by the watchdog: its place ({@code where}) and what happened, from the catalogue. */
    static final class Stopped extends InvalidMethodologyException {
        private static final long serialVersionUID = 1L;
        private final String where;
        private final transient Message text;

        Stopped(String where, Message text) {
            super(Message.join(": ", java.util.List.of(Message.text(where), text)));
            this.where = where;
            this.text = text;
        }

        /** The problem, for the load-time checks' list. */
        Problem problem() {
            return text == null ? Problem.of(where, getMessage()) : Problem.at(where, 0, 0, text);
        }
    }

    /**
     * What the rules did in one run, for the report of a stop. It listens only once a run has
     * fired more than its limit (then it counts which rule fires most); an agenda listener on every
     * run made each firing allocate its events and cost about a tenth of the engine's time
     * (docs/performance.md). A run stopped for its time is named from its runner's stack
     * ({@link #runningRule}). Written by the runner, read after a stop.
     */
    static final class Firings extends DefaultAgendaEventListener {
        private volatile String current;
        private final Map<String, int[]> counts = new HashMap<>();
        /** The rule that last awarded or raised a finding through the sheet; null when not known. */
        private final java.util.function.Supplier<String> lastCalled;

        /**
         * What one run did.
         *
         * @param lastCalled the rule that last called the run's sheet, for a run stopped outside a consequence; null when not known
         */
        Firings(java.util.function.Supplier<String> lastCalled) {
            this.lastCalled = lastCalled;
        }

        /** The rule that last called the sheet; null when none or not known. */
        String lastCalled() {
            return lastCalled == null ? null : lastCalled.get();
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            String rule = event.getMatch().getRule().getName();
            current = rule;
            counts.computeIfAbsent(rule, k -> new int[1])[0]++;
        }

        /** The rule that fired most, and how often; null when none fired. */
        Object[] most() {
            String best = null;
            int n = 0;
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                if (e.getValue()[0] > n) {
                    best = e.getKey();
                    n = e.getValue()[0];
                }
            }
            return best == null ? null : new Object[] {best, n};
        }

        String current() {
            return current;
        }
    }

    /**
     * The rule whose consequence a runner is executing, from its stack: the innermost frame of a
     * class Drools generated for a rule's consequence; null when none is on the stack.
     */
    static String runningRule(RuleBase base, Thread thread) {
        if (thread == null) {
            return null;
        }
        Map<String, String> byClass = new HashMap<>();
        for (org.kie.api.definition.KiePackage p : base.packages()) {
            for (org.kie.api.definition.rule.Rule r : p.getRules()) {
                if (r instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getConsequence() != null) {
                    byClass.put(consequenceClass(impl.getConsequence().getClass().getName()), r.getName());
                }
            }
        }
        for (StackTraceElement frame : thread.getStackTrace()) {
            String rule = byClass.get(consequenceClass(frame.getClassName()));
            if (rule != null) {
                return rule;
            }
        }
        return null;
    }

    /** A rule's generated class: its consequence's invoker's name without the invoker's suffix. */
    private static String consequenceClass(String name) {
        int at = name.indexOf("DefaultConsequenceInvoker");
        return at < 0 ? name : name.substring(0, at);
    }

    /** The time limit of one run, in nanoseconds: the system property's value, else the default. */
    static long limitNanos() {
        return (long) (seconds() * 1e9);
    }

    static double seconds() {
        String v = System.getProperty(PROPERTY);
        if (v != null) {
            try {
                double s = Double.parseDouble(v.strip());
                if (s > 0 && Double.isFinite(s)) {
                    return s;
                }
            } catch (NumberFormatException e) {
                LOG.warn("Ignoring -D{}={}: not a number of seconds; the limit is {} s", PROPERTY, v, DEFAULT_SECONDS);
            }
        }
        return DEFAULT_SECONDS;
    }

    /** A run that waits rather than computes (trusted code only) is stopped after this many times the limit on the clock. */
    static final int WALL_FACTOR = 6;
    private static final java.lang.management.ThreadMXBean CPU = cpuClock();

    private static java.lang.management.ThreadMXBean cpuClock() {
        try {
            java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
            return t.isCurrentThreadCpuTimeSupported() && t.isThreadCpuTimeEnabled() ? t : null;
        } catch (RuntimeException | Error e) {
            return null;
        }
    }

    /**
     * Runs {@code run} (which fires the rules, reporting to {@code firings}) in a runner thread,
     * at most for the time limit. Its exceptions are thrown here.
     *
     * <p>The limit counts the processor time of the runner thread, where the platform gives it
     * (and the clock where not): on a machine loaded by other work, a run waiting for a processor
     * is not a run that loops, and the load-time sweep of a cold JVM at a load average of 15 went
     * past 5 seconds on the clock. A run that waits without computing (a trusted rule that
     * sleeps) is stopped after {@value #WALL_FACTOR} times the limit on the clock.
     *
     * @throws Stopped when it ran too long: it names the rule firing at the time
     */
    static void run(RuleBase base, Firings firings, Runnable run) {
        Runner runner = new Runner();
        Future<?> f = RUNNERS.submit(() -> {
            synchronized (runner) {
                runner.thread = Thread.currentThread();
                runner.cpuAtStart = CPU == null ? 0 : CPU.getCurrentThreadCpuTime();
            }
            try {
                run.run();
            } finally {
                synchronized (runner) {
                    runner.finished = true; // from here on the thread may serve another run: never stopped
                }
            }
        });
        try {
            long limit = limitNanos();
            long start = System.nanoTime();
            while (true) {
                long wait = Math.min(limit - used(runner, start), (long) WALL_FACTOR * limit - (System.nanoTime() - start));
                try {
                    f.get(Math.max(wait, 1_000_000L), TimeUnit.NANOSECONDS);
                    break;
                } catch (TimeoutException e) {
                    if (used(runner, start) >= limit || System.nanoTime() - start >= (long) WALL_FACTOR * limit) {
                        throw e;
                    }
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (TimeoutException e) {
            String rule = firings.current();
            if (rule == null) {
                Thread running;
                synchronized (runner) {
                    running = runner.finished ? null : runner.thread;
                }
                rule = runningRule(base, running);
            }
            if (rule == null) {
                rule = firings.lastCalled();
            }
            stop(f, runner);
            String location = rule == null ? "?" : base.origins().locationOf(rule);
            throw new Stopped(base.root() + "/" + location, Message.of("rules.watchdog.timeout", rule == null ? "?" : base.origins().label(rule),
                    rule == null ? "?" : base.origins().placeOf(rule), seconds()));
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules ran", e);
        }
    }

    /** The rules fired more than {@code limit} times: names the rule that fired most. */
    static Stopped loop(RuleBase base, Firings firings, int limit, int values) {
        Object[] most = firings.most();
        String rule = most == null ? "?" : (String) most[0];
        String location = most == null ? "?" : base.origins().locationOf(rule);
        return new Stopped(base.root() + "/" + location, Message.of("rules.watchdog.loop", limit, values, most == null ? "?" : base.origins().label(rule),
                most == null ? "?" : base.origins().placeOf(rule), most == null ? 0 : (int) most[1]));
    }

    /**
     * Stops a run that went past its limit: asks nicely (interrupt), and where the consequence
     * does not listen (a busy loop) stops its thread, as Java 17 still can; a later Java cannot,
     * and the runner is left to itself (a daemon thread: it does not keep the process alive).
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Future<?> f, Runner runner) {
        f.cancel(true);
        try {
            f.get(200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | java.util.concurrent.CancellationException e) {
            // still running, or ended: decided below
        }
        synchronized (runner) {
            if (runner.thread == null || runner.finished) {
                return;
            }
            try {
                runner.thread.stop();
            } catch (UnsupportedOperationException | SecurityException e) {
                LOG.warn("A rule ran past its time limit and its thread {} cannot be stopped on this Java; it is left running", runner.thread.getName());
            }
        }
    }

    /**
     * The time a run has used so far: its runner thread's processor time since the run began,
     * or the time on the clock since {@code start} where processor time cannot be read.
     */
    private static long used(Runner runner, long start) {
        if (CPU != null) {
            Thread t;
            long from;
            synchronized (runner) {
                t = runner.finished ? null : runner.thread;
                from = runner.cpuAtStart;
            }
            if (t == null) {
                return 0;       // not started yet, or over: wait for its result
            }
            long now = CPU.getThreadCpuTime(t.getId());
            if (now >= 0) {
                return now - from;
            }
        }
        return System.nanoTime() - start;
    }

    /** The thread of one run, its processor time when the run began, and whether the run is over (guarded by the object's lock). */
    private static final class Runner {
        Thread thread;
        long cpuAtStart;
        boolean finished;
    }
}

package vn.dti.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.dti.api.Entity;
import vn.dti.api.EntityKind;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Period;
import vn.dti.json.DtiJson;
import vn.dti.reporting.internal.NothingReported;
import vn.dti.reporting.internal.Problems;
import vn.dti.rules.RuleScorer;

/**
 * A province's reporting year on disk: one folder per period, each holding the agencies'
 * submissions and, once the council has met, its decisions:
 *
 * <pre>
 * workspace/
 *   workspace.json            optional: {"entity": {"id": "khanh-hoa", "name": "Khánh Hòa"}, "methodologies": {"2026-Q1": "../vn-dti-2026"}}
 *   2025-Q1/Sở KH&amp;CN.xlsx     an agency's submission (.xlsx, .csv or .json)
 *   2025-Q1/Công an tỉnh.csv
 *   2025-Q2/…
 *   2025/appraisal.json       the council's decisions on the year
 *   2025/Sở KH&amp;CN.xlsx        the year's report, where an agency makes one; else the year is built from its quarters
 * </pre>
 *
 * Folders whose names are not periods, sub-folders of a period (e.g. {@code superseded/}),
 * hidden files, spreadsheet lock files ({@code ~$…}) and other kinds of files are not read. A
 * half-year ({@code 2025-H1}) has no folder: it is built from its quarters' folders.
 *
 * <p>A workspace holds only its folder and {@code workspace.json}'s settings (immutable); every
 * method reads the disk afresh, so it sees files added since it was opened. It writes nothing.
 * Safe from any thread.
 */
public final class Workspace {
    /** The file name of the council's decisions on a period, in its folder: {@code appraisal.json}. */
    public static final String APPRAISAL = "appraisal.json";
    /** The file name of the optional settings at the workspace's top: {@code workspace.json}. */
    public static final String CONFIG = "workspace.json";

    private final Path dir;
    private final Config config;

    /**
     * {@code workspace.json}: the entity the workspace reports for (files made without
     * {@code --entity} take it), and the methodology (a bundled id, or a folder relative to the
     * workspace) that scores a period, where it is not the one given on the command line.
     */
    record Config(EntityName entity, Map<String, String> methodologies) {
        Config {
            methodologies = methodologies == null ? Map.of() : Map.copyOf(methodologies);
        }
    }

    /** The entity of {@code workspace.json}: {"id": "khanh-hoa", "name": "Khánh Hòa"}. */
    record EntityName(String id, String name) {
    }

    /**
     * A file of a period that was not read: its problems (file, sheet, row, column), and the agency
     * it is named for (its name without the extension, as {@code dti evidence template} names it).
     *
     * @param file     the file, as a path
     * @param agency   the agency as the catalogue names it; null when the file name is no known agency
     * @param problems each problem with its file, sheet, row and column
     */
    public record Unread(String file, String agency, List<String> problems) {
        /**
         * Copies the problems.
         *
         * @param file     the file
         * @param agency   the agency, or null
         * @param problems not null; copied
         * @throws NullPointerException if {@code problems} is null
         */
        public Unread {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A period's folder read file by file: the submissions read, the files refused, and the files in
     * which nothing is filled in (templates no one has filled: their agencies have not submitted).
     *
     * @param period      the period
     * @param submissions the submissions read, by file name
     * @param refused     the files refused, with their problems
     * @param unfilled    the files in which nothing is filled in
     */
    public record Reading(Period period, List<Submission> submissions, List<Unread> refused, List<Unread> unfilled) {
        /**
         * Copies the lists.
         *
         * @param period      the period
         * @param submissions not null; copied
         * @param refused     not null; copied
         * @param unfilled    not null; copied
         * @throws NullPointerException if a list is null
         */
        public Reading {
            submissions = List.copyOf(submissions);
            refused = List.copyOf(refused);
            unfilled = List.copyOf(unfilled);
        }
    }

    private Workspace(Path dir, Config config) {
        this.dir = dir;
        this.config = config;
    }

    /**
     * Opens a workspace folder.
     *
     * @param dir the folder (it must exist)
     * @return the workspace
     * @throws InvalidEvidenceException if it is not a folder, or its {@code workspace.json} cannot be
     *                                  read or names a bad entity or period (with the line and column)
     */
    public static Workspace open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidEvidenceException(dir + ": not a folder. A workspace is a folder with one sub-folder per period (2025-Q1, …, 2025), "
                    + "each holding the agencies' files (docs/reporting.md).");
        }
        Path cfg = dir.resolve(CONFIG);
        Config config = Files.isRegularFile(cfg) ? DtiJson.read(cfg, Config.class, "A workspace.json is one JSON object: {\"entity\": {\"id\": "
                + "\"khanh-hoa\", \"name\": \"Khánh Hòa\"}, \"methodologies\": {\"2026-Q1\": \"vn-dti-province-2026\"}}.", InvalidEvidenceException::new)
                : new Config(null, null);
        if (config.entity() != null) {
            try {
                new Entity(config.entity().id(), config.entity().name(), EntityKind.PROVINCE);
            } catch (IllegalArgumentException ex) {
                int[] lc = DtiJson.locate(DtiJson.bytes(cfg, InvalidEvidenceException::new), "/entity");
                throw new InvalidEvidenceException(cfg + (lc == null ? "" : ":" + lc[0] + ":" + lc[1]) + ": $.entity: " + ex.getMessage());
            }
        }
        for (Map.Entry<String, String> e : config.methodologies().entrySet()) {
            try {
                Period.parse(e.getKey());
            } catch (IllegalArgumentException ex) {
                int[] lc = DtiJson.locate(DtiJson.bytes(cfg, InvalidEvidenceException::new), "/methodologies/" + e.getKey());
                throw new InvalidEvidenceException(cfg + (lc == null ? "" : ":" + lc[0] + ":" + lc[1]) + ": $.methodologies: " + ex.getMessage());
            }
        }
        return new Workspace(dir, config);
    }

    /**
     * The workspace's folder.
     *
     * @return the folder, as given to {@link #open}
     */
    public Path dir() {
        return dir;
    }

    /**
     * The folder of a period.
     *
     * @param p a quarter or a year
     * @return {@code <workspace>/<period label>}, whether or not it exists
     */
    public Path folder(Period p) {
        return dir.resolve(p.label());
    }

    /**
     * The entity {@code workspace.json} names.
     *
     * @param kind the methodology's kind of entity
     * @return the entity, or empty when {@code workspace.json} names none
     */
    public Optional<Entity> entity(EntityKind kind) {
        EntityName e = config.entity();
        return e == null ? Optional.empty() : Optional.of(new Entity(e.id(), e.name() == null ? e.id() : e.name(), kind));
    }

    /**
     * The periods: every folder named as a quarter or a year, and every year and half-year one of
     * whose quarters has a folder.
     *
     * @return the periods in time order: a half-year after its second quarter, a year after its fourth
     *         quarter and second half
     * @throws InvalidEvidenceException if the folder cannot be read
     */
    public List<Period> periods() {
        TreeSet<Period> found = new TreeSet<>(ORDER);
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : (Iterable<Path>) list::iterator) {
                if (!Files.isDirectory(p)) {
                    continue;
                }
                try {
                    Period period = Period.parse(p.getFileName().toString());
                    if (period.isQuarter() || period.isYear()) {
                        found.add(period);
                        if (period.isQuarter()) {
                            found.add(Period.year(period.start().getYear()));
                            found.add(period.half());
                        }
                    }
                } catch (IllegalArgumentException e) {
                    // not a period's folder: not read
                }
            }
        } catch (IOException e) {
            throw new InvalidEvidenceException(dir + ": cannot be read (" + e.getMessage() + ").", e);
        }
        return List.copyOf(found);
    }

    /** In time order by their ends: a quarter, then the half-year it closes, then the year. */
    static final Comparator<Period> ORDER = Comparator.comparing(Period::end).thenComparing(p -> p.isQuarter() ? 0 : p.isHalf() ? 1 : 2);

    /**
     * The submission files of a period (including {@code .xls}, {@code .xlsm} and {@code .ods}, which
     * are refused with a message when read).
     *
     * @param p a quarter or a year
     * @return the files, by name; none when the period has no folder
     * @throws InvalidEvidenceException if the folder cannot be read
     */
    public List<Path> submissionFiles(Period p) {
        Path folder = folder(p);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path f : (Iterable<Path>) list::iterator) {
                String name = f.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (!Files.isRegularFile(f) || name.startsWith(".") || name.startsWith("~$") || name.equals(APPRAISAL)) {
                    continue;
                }
                if (AgencyWorkbooks.Format.of(f) != null || lower.endsWith(".xls") || lower.endsWith(".xlsm") || lower.endsWith(".ods")) {
                    files.add(f);
                }
            }
        } catch (IOException e) {
            throw new InvalidEvidenceException(folder + ": cannot be read (" + e.getMessage() + ").", e);
        }
        files.sort(Comparator.comparing(f -> f.getFileName().toString()));
        return files;
    }

    /**
     * Every file the workspace's commands read (so that no output is written over one).
     *
     * @return workspace.json, and each period's submissions and appraisal
     * @throws InvalidEvidenceException if a folder cannot be read
     */
    public List<Path> inputFiles() {
        List<Path> out = new ArrayList<>();
        if (Files.isRegularFile(dir.resolve(CONFIG))) {
            out.add(dir.resolve(CONFIG));
        }
        for (Period p : periods()) {
            out.addAll(submissionFiles(p));
            appraisal(p).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Whether a file would be read as a submission of some period.
     *
     * @param file a path
     * @return true when it lies directly in a quarter's or a year's folder of this workspace
     */
    public boolean inPeriodFolder(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        Path grand = parent == null ? null : parent.getParent();
        if (grand == null || !grand.equals(dir.toAbsolutePath().normalize())) {
            return false;
        }
        try {
            Period p = Period.parse(parent.getFileName().toString());
            return p.isQuarter() || p.isYear();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The period's appraisal file.
     *
     * @param p a quarter or a year
     * @return {@code <period>/appraisal.json}, if the council's decisions are there
     */
    public Optional<Path> appraisal(Period p) {
        Path a = folder(p).resolve(APPRAISAL);
        return Files.isRegularFile(a) ? Optional.of(a) : Optional.empty();
    }

    /**
     * The methodology {@code workspace.json} names for a period.
     *
     * @param p a period
     * @return a bundled id, or a folder resolved against the workspace; empty when it names none
     */
    public Optional<String> methodology(Period p) {
        String m = config.methodologies().get(p.label());
        if (m == null) {
            return Optional.empty();
        }
        Path folder = dir.resolve(m);
        return Optional.of(Files.isDirectory(folder) ? folder.toString() : m);
    }

    /**
     * Every submission of a period, read all or nothing: the problems of every file are listed
     * together (a file in which nothing is filled in is one); two files of one agency are refused.
     *
     * @param p      a quarter or a year
     * @param scorer the methodology's scorer
     * @return the submissions, by file name; none when the period has no folder
     * @throws InvalidEvidenceException listing every problem of every file
     */
    public List<Submission> submissions(Period p, RuleScorer scorer) {
        Reading r = read(p, scorer);
        LinkedHashSet<String> problems = new LinkedHashSet<>();
        r.unfilled().forEach(x -> problems.addAll(x.problems()));
        r.refused().forEach(x -> problems.addAll(x.problems()));
        if (!problems.isEmpty()) {
            throw new InvalidEvidenceException(Problems.join(new ArrayList<>(problems)));
        }
        return r.submissions();
    }

    /**
     * A period's folder read file by file, for the views that go on when some files are unusable
     * ({@code dti status}, {@code dti history}): each file is read all or nothing, and a file that
     * cannot be read is listed with its problems instead of stopping the others. Two files of one
     * agency are both refused.
     *
     * @param p      a quarter or a year
     * @param scorer the methodology's scorer
     * @return what was read, refused and left unfilled
     * @throws InvalidEvidenceException if the folder itself cannot be read
     */
    public Reading read(Period p, RuleScorer scorer) {
        List<Submission> read = new ArrayList<>();
        List<Unread> refused = new ArrayList<>();
        List<Unread> unfilled = new ArrayList<>();
        for (Path f : submissionFiles(p)) {
            try {
                read.add(AgencyWorkbooks.read(f, scorer, p));
            } catch (NothingReported e) {
                unfilled.add(new Unread(f.toString(), agencyOf(f, scorer), List.of(e.getMessage())));
            } catch (InvalidEvidenceException e) {
                refused.add(new Unread(f.toString(), agencyOf(f, scorer), List.of(e.getMessage().split("\n"))));
            }
        }
        List<Submission> out = new ArrayList<>();
        for (Submission s : read) {
            Submission first = read.stream().filter(o -> o.agency().equals(s.agency())).findFirst().orElseThrow();
            Submission second = read.stream().filter(o -> o.agency().equals(s.agency()) && o != first).findFirst().orElse(null);
            if (second == null) {
                out.add(s);
                continue;
            }
            refused.add(new Unread(s.file(), s.agency(), List.of(second.file() + ": a second submission of " + s.agency() + " for " + p + " (the first is "
                    + first.file() + "); keep one file per agency and period, and move the other to a sub-folder (e.g. superseded/).")));
        }
        return new Reading(p, out, refused, unfilled);
    }

    /** The agency a file is named for ({@code <agency>.xlsx}), or null when its name is no known agency. */
    private static String agencyOf(Path f, RuleScorer scorer) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return scorer.agencies().canonical(dot < 0 ? name : name.substring(0, dot)).orElse(null);
    }
}

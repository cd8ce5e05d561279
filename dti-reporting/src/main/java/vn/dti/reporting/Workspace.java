package vn.dti.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import vn.dti.text.Language;
import vn.dti.text.Message;
import vn.dti.text.Messages;

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
    private final String name;
    private final Config config;
    private final Map<Period, List<StoredFile>> held;
    private final Map<Period, StoredFile> heldAppraisals;

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

    /**
     * A file of a workspace an application holds rather than a folder (the service keeps them in its
     * database): its name, as messages show it ({@code 2025-Q3/Sở KH&CN.xlsx}: its period's folder
     * and the name {@link AgencyWorkbooks#fileName} gives it), and its bytes (not copied: the
     * caller does not change them).
     *
     * @param name  the file's name, with its period's folder
     * @param bytes the file's bytes
     */
    public record StoredFile(String name, byte[] bytes) {
        /**
         * Checks the parts are given.
         *
         * @param name  the file's name, with its period's folder
         * @param bytes the file's bytes
         * @throws NullPointerException if either is null
         */
        public StoredFile {
            java.util.Objects.requireNonNull(name, "name");
            java.util.Objects.requireNonNull(bytes, "bytes");
        }

        /**
         * The name without its folder.
         *
         * @return e.g. {@code Sở KH&CN.xlsx}
         */
        public String fileName() {
            return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        }
    }

    private Workspace(Path dir, String name, Config config, Map<Period, List<StoredFile>> held, Map<Period, StoredFile> heldAppraisals) {
        this.dir = dir;
        this.name = name;
        this.config = config;
        this.held = held;
        this.heldAppraisals = heldAppraisals;
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
            throw new InvalidEvidenceException(Message.of("reporting.workspace.notAFolder", dir.toString()));
        }
        Path cfg = dir.resolve(CONFIG);
        Config config = Files.isRegularFile(cfg) ? DtiJson.read(cfg, Config.class, Messages.text(Language.fromEnvironment(), "reporting.workspace.configShape"),
                InvalidEvidenceException::new)
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
        return new Workspace(dir, dir.toString(), config, null, null);
    }

    /**
     * A workspace an application holds (the service's database) rather than a folder: the same
     * reporting year, read, merged, scored and shown exactly as a folder holding these files would be
     * (the service's export writes such a folder).
     *
     * @param name          how messages name the workspace (a folder's path names a folder workspace)
     * @param entity        the entity it reports for, as {@code workspace.json}'s {@code entity} (files made without one take it); null for none
     * @param methodologies the methodology of a period where it is not the one the caller gives, as {@code workspace.json}'s
     *                      {@code methodologies} (a bundled id, or a name the caller's resolver knows)
     * @param submissions   the agencies' files of each period that holds some (quarters and years), each named
     *                      {@code <period>/<agency>.<ext>} as {@link AgencyWorkbooks#fileName} names it
     * @param appraisals    the council's decisions on a period, as the appraisal file ({@code <period>/appraisal.json})
     * @return the workspace; it holds the maps' contents (lists copied), not the maps
     * @throws IllegalArgumentException if a period with submissions is a half-year
     */
    public static Workspace of(String name, Entity entity, Map<Period, String> methodologies, Map<Period, List<StoredFile>> submissions,
            Map<Period, StoredFile> appraisals) {
        Map<String, String> byLabel = new java.util.LinkedHashMap<>();
        methodologies.forEach((p, m) -> byLabel.put(p.label(), m));
        Config config = new Config(entity == null ? null : new EntityName(entity.id(), entity.name()), byLabel);
        Map<Period, List<StoredFile>> files = new java.util.TreeMap<>(ORDER);
        submissions.forEach((p, list) -> {
            if (!p.isQuarter() && !p.isYear()) {
                throw new IllegalArgumentException("submissions are of quarters and years, not " + p);
            }
            List<StoredFile> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing(StoredFile::name));
            files.put(p, List.copyOf(sorted));
        });
        return new Workspace(null, name, config, files, Map.copyOf(appraisals));
    }

    /**
     * The workspace's folder.
     *
     * @return the folder, as given to {@link #open}; null for a workspace an application holds ({@link #of})
     */
    public Path dir() {
        return dir;
    }

    /**
     * How messages name the workspace.
     *
     * @return its folder's path, or the name {@link #of} was given
     */
    public String name() {
        return name;
    }

    /**
     * The folder of a period.
     *
     * @param p a quarter or a year
     * @return {@code <workspace>/<period label>}, whether or not it exists (for a workspace {@link #of
     *         held} elsewhere: where an export would write it)
     */
    public Path folder(Period p) {
        return dir == null ? Path.of(name, p.label()) : dir.resolve(p.label());
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
        if (held != null) {
            for (Period period : held.keySet()) {
                found.add(period);
                if (period.isQuarter()) {
                    found.add(Period.year(period.start().getYear()));
                    found.add(period.half());
                }
            }
            return List.copyOf(found);
        }
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
            throw new InvalidEvidenceException(Message.of("reporting.file.unreadable", dir.toString(), String.valueOf(e.getMessage())), e);
        }
        return List.copyOf(found);
    }

    /** In time order by their ends: a quarter, then the half-year it closes, then the year. */
    static final Comparator<Period> ORDER = Comparator.comparing(Period::end).thenComparing(p -> p.isQuarter() ? 0 : p.isHalf() ? 1 : 2);

    /**
     * The submission files of a period's folder (including {@code .xls}, {@code .xlsm} and
     * {@code .ods}, which are refused with a message when read).
     *
     * @param p a quarter or a year
     * @return the files, by name; none when the period has no folder, or the workspace is {@link #of
     *         held} elsewhere
     * @throws InvalidEvidenceException if the folder cannot be read
     */
    public List<Path> submissionFiles(Period p) {
        Path folder = folder(p);
        if (dir == null || !Files.isDirectory(folder)) {
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
            throw new InvalidEvidenceException(Message.of("reporting.file.unreadable", folder.toString(), String.valueOf(e.getMessage())), e);
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
        if (dir == null) {
            return out;
        }
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
        if (dir == null) {
            return false;
        }
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
     * @return {@code <period>/appraisal.json}, if the council's decisions are there; none for a
     *         workspace {@link #of held} elsewhere (see {@link #decisions})
     */
    public Optional<Path> appraisal(Period p) {
        if (dir == null) {
            return Optional.empty();
        }
        Path a = folder(p).resolve(APPRAISAL);
        return Files.isRegularFile(a) ? Optional.of(a) : Optional.empty();
    }

    /**
     * The council's decisions on a period as their appraisal file, for a folder and a held workspace alike.
     *
     * @param p a quarter or a year
     * @return the file's name and bytes; empty when the council has decided nothing on the period
     * @throws InvalidEvidenceException if a folder's appraisal file cannot be read
     */
    public Optional<StoredFile> decisions(Period p) {
        if (dir == null) {
            return Optional.ofNullable(heldAppraisals.get(p));
        }
        return appraisal(p).map(a -> new StoredFile(a.toString(), DtiJson.bytes(a, InvalidEvidenceException::new)));
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
        if (dir == null) {
            return Optional.of(m);
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
        return read(p, scorer, null);
    }

    /**
     * As {@link #read(Period, RuleScorer)}, on a given day: a file with a report date or a document
     * date after {@code asOf} is refused, naming the cell ("ngày trong tương lai").
     *
     * @param p      a quarter or a year
     * @param scorer the methodology's scorer
     * @param asOf   the day of the merge (a status's as-of day); null for today in Vietnam ({@link vn.dti.api.ReportingDay})
     * @return what was read, refused and left unfilled
     * @throws InvalidEvidenceException if the folder itself cannot be read
     */
    public Reading read(Period p, RuleScorer scorer, LocalDate asOf) {
        List<Submission> read = new ArrayList<>();
        List<Unread> refused = new ArrayList<>();
        List<Unread> unfilled = new ArrayList<>();
        if (held != null) {
            for (StoredFile f : held.getOrDefault(p, List.of())) {
                String fileName = f.fileName();
                try {
                    read.add(AgencyWorkbooks.read(f.bytes(), fileName, f.name(), scorer, new AgencyWorkbooks.Expected(p, null, null), asOf));
                } catch (NothingReported e) {
                    unfilled.add(new Unread(f.name(), agencyOf(fileName, scorer), List.of(e.getMessage())));
                } catch (InvalidEvidenceException e) {
                    refused.add(new Unread(f.name(), agencyOf(fileName, scorer), List.of(e.getMessage().split("\n"))));
                }
            }
        }
        for (Path f : submissionFiles(p)) {
            try {
                read.add(AgencyWorkbooks.read(f, scorer, p, asOf));
            } catch (NothingReported e) {
                unfilled.add(new Unread(f.toString(), agencyOf(f.getFileName().toString(), scorer), List.of(e.getMessage())));
            } catch (InvalidEvidenceException e) {
                refused.add(new Unread(f.toString(), agencyOf(f.getFileName().toString(), scorer), List.of(e.getMessage().split("\n"))));
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
            refused.add(new Unread(s.file(), s.agency(), List.of(Messages.text(Language.fromEnvironment(), "reporting.workspace.secondSubmission", second.file(),
                    s.agency(), p, first.file()))));
        }
        return new Reading(p, out, refused, unfilled);
    }

    /** The agency a file is named for ({@code <agency>.xlsx}), or null when its name is no known agency. */
    private static String agencyOf(String fileName, RuleScorer scorer) {
        return scorer.agencies().canonical(stem(fileName)).orElse(null);
    }

    /** A file's name without its extension. */
    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }
}

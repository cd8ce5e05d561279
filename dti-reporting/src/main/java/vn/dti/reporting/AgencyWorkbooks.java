package vn.dti.reporting;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.dti.api.Entity;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Period;
import vn.dti.json.DtiJson;
import vn.dti.reporting.internal.Grid;
import vn.dti.reporting.internal.Layout;
import vn.dti.reporting.internal.SubmissionParser;
import vn.dti.reporting.internal.TemplateWriter;
import vn.dti.reporting.internal.VietnameseValues;
import vn.dti.reporting.internal.WorkbookGuard;
import vn.dti.rules.RuleScorer;
import vn.dti.text.Message;

/**
 * An agency's submission file for one period: made empty for the agency to fill
 * ({@link #template}), and read back when filled ({@link #read}). Three formats hold the same
 * thing: an Excel workbook (.xlsx; Vietnamese labels, the methodology's columns locked, drop-downs
 * for yes/no and levels, frozen headers), a CSV file (UTF-8 with a byte-order mark) and an
 * evidence file (.json, docs/formats.md). Reading accepts Vietnamese numbers and dates
 * ({@code 46,69%}, {@code 0,4669}, {@code 1.747.201}, {@code 25/9/2025}), refuses what can be
 * read two ways, and is all or nothing: every problem is listed with its file, sheet, row and
 * column, and nothing is returned unless there is none. A workbook is checked before Apache POI
 * opens it ({@link vn.dti.rules.XlsxGuard}); formulas, macros and links are never run or followed.
 * Stateless; safe from any thread.
 *
 * <pre>{@code
 * byte[] xlsx = AgencyWorkbooks.template(scorer, "Sở KH&CN", Period.parse("2025-Q3"), province, AgencyWorkbooks.Format.XLSX);
 * Submission filled = AgencyWorkbooks.read(Path.of("2025-Q3/Sở KH&CN.xlsx"), scorer, Period.parse("2025-Q3"));
 * }</pre>
 */
public final class AgencyWorkbooks {
    /** The formats of a submission. */
    public enum Format {
        /** An Excel workbook ({@code .xlsx}): labels in Vietnamese, the methodology's columns locked. */
        XLSX,
        /** A CSV file ({@code .csv}), UTF-8 with a byte-order mark, the workbook's cells. */
        CSV,
        /** An evidence file ({@code .json}, docs/formats.md). */
        JSON;

        /**
         * The file extension.
         *
         * @return {@code .xlsx}, {@code .csv} or {@code .json}
         */
        public String extension() {
            return "." + name().toLowerCase(Locale.ROOT);
        }

        /**
         * The format of a file, by its extension (any case).
         *
         * @param file a file
         * @return its format, or null when dti does not read it as a submission
         */
        public static Format of(Path file) {
            return of(file.getFileName().toString());
        }

        /**
         * The format of a file, by its name's extension (any case).
         *
         * @param fileName a file's name, e.g. {@code Sở KH&CN.xlsx}
         * @return its format, or null when dti does not read it as a submission
         */
        public static Format of(String fileName) {
            String n = fileName.toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (n.endsWith(f.extension())) {
                    return f;
                }
            }
            return null;
        }
    }

    /**
     * The entity id of a file made without {@code --entity} ({@code dti evidence template}'s
     * default): merging gives such files the entity workspace.json names, or the one the other files
     * report for, and refuses them when there is none.
     */
    public static final String NO_ENTITY = "province";

    private AgencyWorkbooks() {
    }

    /**
     * An empty submission for an agency: a row for each component it leads (Chủ trì) and each it
     * cooperates on (Phối hợp; "Phối hợp (thành viên của …)" for those of a group it is a member
     * of), with official names, max points, the kind and unit of the value, and the deadline that
     * binds it for the period.
     *
     * @param scorer the methodology's scorer (its catalogue, agencies and calendar)
     * @param agency the agency, in any spelling the methodology knows
     * @param period a quarter ({@code 2025-Q3}) or a year; not a half-year
     * @param entity the province it reports for
     * @param format the file's format
     * @return the file's bytes (UTF-8 text for CSV and JSON)
     * @throws InvalidEvidenceException for an unknown agency (listing the closest known names), a
     *                                  group of agencies, an agency with no component, or a half-year
     */
    public static byte[] template(RuleScorer scorer, String agency, Period period, Entity entity, Format format) {
        if (period.isHalf()) {
            throw new InvalidEvidenceException(Message.of("reporting.template.halfYear", period, String.join(", ", period.quarters().stream().map(Period::label).toList())));
        }
        String name = scorer.agencies().require(agency, "--agency");
        List<Layout.Line> lines = Layout.lines(scorer.agencies(), name);
        if (lines.isEmpty()) {
            throw new InvalidEvidenceException(Message.of("reporting.template.noComponent", name, scorer.methodology().id()));
        }
        TemplateWriter.Header h = new TemplateWriter.Header(scorer.methodology().id(), scorer.methodology().name(), scorer.version(), period, entity,
                name, Layout.due(scorer.calendar(), period, lines));
        switch (format) {
            case XLSX:
                return TemplateWriter.xlsx(h, lines);
            case CSV:
                return TemplateWriter.csv(h, lines);
            default:
                return DtiJson.write(TemplateWriter.json(h, lines)).getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * A day as officers write it.
     *
     * @param text {@code 25/9/2025} (dd/mm/yyyy) or {@code 2025-09-25}
     * @return the day
     * @throws InvalidEvidenceException for a day that does not exist or text of neither form
     */
    public static LocalDate day(String text) {
        return VietnameseValues.date(VietnameseValues.Cell.text(text == null ? "" : text));
    }

    /**
     * The file name the workspace expects for an agency's submission.
     *
     * @param agency the agency as the catalogue names it
     * @param format the file's format
     * @return {@code <agency>.<ext>}, with characters file systems refuse ({@code \ / : * ? " < > |})
     *         replaced by {@code -}
     */
    public static String fileName(String agency, Format format) {
        return agency.replaceAll("[\\\\/:*?\"<>|]", "-") + format.extension();
    }

    /**
     * Reads a filled submission, all or nothing.
     *
     * @param file     the file: {@code .xlsx}, {@code .csv} or {@code .json}, at most 10 MB
     * @param scorer   the methodology's scorer
     * @param expected the period it must report (its workspace folder's), or null for any
     * @return the submission
     * @throws InvalidEvidenceException listing every problem, each with its file, sheet, row and
     *                                  column; or for a file that cannot be read, is too large, or is
     *                                  not a submission
     */
    public static Submission read(Path file, RuleScorer scorer, Period expected) {
        return read(file, scorer, expected, null);
    }

    /**
     * Reads a filled submission, all or nothing, on a given day: a report date or a document date
     * after {@code asOf} is refused at its cell ("ngày trong tương lai").
     *
     * @param file     the file: {@code .xlsx}, {@code .csv} or {@code .json}, at most 10 MB
     * @param scorer   the methodology's scorer
     * @param expected the period it must report (its workspace folder's), or null for any
     * @param asOf     the day of the merge (a status's as-of day); null for today in Vietnam ({@link vn.dti.api.ReportingDay})
     * @return the submission
     * @throws InvalidEvidenceException listing every problem, each with its file, sheet, row and
     *                                  column; or for a file that cannot be read, is too large, or is
     *                                  not a submission
     */
    public static Submission read(Path file, RuleScorer scorer, Period expected, LocalDate asOf) {
        String display = file.toString();
        WorkbookGuard.checkExtension(file.getFileName().toString(), display);
        Format format = Format.of(file);
        if (format == null) {
            throw new InvalidEvidenceException(Message.of("reporting.file.notASubmission", display));
        }
        byte[] bytes = WorkbookGuard.read(file, display);
        String stem = file.getFileName().toString();
        stem = stem.substring(0, stem.length() - format.extension().length());
        if (bytes.length > WorkbookGuard.MAX_BYTES) {
            throw new InvalidEvidenceException(Message.of("reporting.file.tooLarge", display, (long) bytes.length, WorkbookGuard.MAX_BYTES / (1024 * 1024)));
        }
        return parse(new SubmissionParser(scorer, expected, null, null, asOf), bytes, format, display, stem);
    }

    /**
     * What a submission must report, where the reader knows it (a workspace's folder gives the
     * period; the service's route gives the agency and the entity). A null part is not checked.
     *
     * @param period the period (a quarter or a year)
     * @param agency the agency, as the methodology names it; a JSON file naming no agency is taken as this one's
     * @param entity the entity's id; a file made without one ({@link #NO_ENTITY}) is accepted
     */
    public record Expected(Period period, String agency, String entity) {
    }

    /**
     * Reads a filled submission from bytes known by a file name (an upload, a file an application
     * keeps), with the checks {@link #read(Path, RuleScorer, Period)} makes ({@code .xlsm},
     * {@code .xls} and {@code .ods} refused by name, the format taken from the extension) and those
     * of {@code expected}, each naming its cell.
     *
     * @param bytes    the file's bytes, at most 10 MB
     * @param fileName the file's name, e.g. {@code Sở KH&CN.xlsx}; its extension gives the format
     * @param display  how messages name the file
     * @param scorer   the methodology's scorer
     * @param expected what the file must report (a null part is not checked)
     * @return the submission; a workbook's macros and links are listed in its notes, never run
     * @throws InvalidEvidenceException listing every problem, each with its file, sheet, row and
     *                                  column; or for a file too large or not a submission
     */
    public static Submission read(byte[] bytes, String fileName, String display, RuleScorer scorer, Expected expected) {
        return read(bytes, fileName, display, scorer, expected, null);
    }

    /**
     * As {@link #read(byte[], String, String, RuleScorer, Expected)}, on a given day: a report date
     * or a document date after {@code asOf} is refused at its cell ("ngày trong tương lai").
     *
     * @param bytes    the file's bytes, at most 10 MB
     * @param fileName the file's name, e.g. {@code Sở KH&CN.xlsx}; its extension gives the format
     * @param display  how messages name the file
     * @param scorer   the methodology's scorer
     * @param expected what the file must report (a null part is not checked)
     * @param asOf     the day of the merge (a status's as-of day); null for today in Vietnam ({@link vn.dti.api.ReportingDay})
     * @return the submission
     * @throws InvalidEvidenceException listing every problem, each with its file, sheet, row and column
     */
    public static Submission read(byte[] bytes, String fileName, String display, RuleScorer scorer, Expected expected, LocalDate asOf) {
        WorkbookGuard.checkExtension(fileName, display);
        Format format = Format.of(fileName);
        if (format == null) {
            throw new InvalidEvidenceException(Message.of("reporting.file.notASubmission", display));
        }
        if (bytes.length > WorkbookGuard.MAX_BYTES) {
            throw new InvalidEvidenceException(Message.of("reporting.file.tooLarge", display, (long) bytes.length, WorkbookGuard.MAX_BYTES / (1024 * 1024)));
        }
        String stem = fileName.substring(0, fileName.length() - format.extension().length());
        SubmissionParser parser = new SubmissionParser(scorer, expected.period(), expected.agency(), expected.entity(), asOf);
        return parse(parser, bytes, format, display, expected.agency() == null ? stem : expected.agency());
    }

    /**
     * Whether reading found a template nobody filled in (every value left blank): {@code dti status}
     * counts its agency as not having submitted; the service refuses it as a submission.
     *
     * @param e what reading a submission threw
     * @return true when the file was a template with every value blank
     */
    public static boolean nothingFilledIn(InvalidEvidenceException e) {
        return e instanceof vn.dti.reporting.internal.NothingReported;
    }

    /**
     * Reads a filled submission from bytes, all or nothing. A file whose name is an agency's other
     * than the one it reports for (Văn phòng UBND tỉnh's workbook saved as {@code Sở KH&CN.xlsx}) is
     * refused: the workspace names each agency's file by its agency, and {@code dti status} lists a
     * refused file under the agency of its name, so both agencies see it.
     *
     * @param bytes      the file's bytes, at most 10 MB
     * @param format     its format
     * @param display    what messages call the file
     * @param fileAgency the file's name without extension (a JSON file may name its agency only so)
     * @param scorer     the methodology's scorer
     * @param expected   the period it must report, or null for any
     * @return the submission; a workbook's macros and links are listed in its notes, never run
     * @throws InvalidEvidenceException listing every problem, each with its file, sheet, row and column
     */
    public static Submission read(byte[] bytes, Format format, String display, String fileAgency, RuleScorer scorer, Period expected) {
        if (bytes.length > WorkbookGuard.MAX_BYTES) {
            throw new InvalidEvidenceException(Message.of("reporting.file.tooLarge", display, (long) bytes.length, WorkbookGuard.MAX_BYTES / (1024 * 1024)));
        }
        return parse(new SubmissionParser(scorer, expected), bytes, format, display, fileAgency);
    }

    private static Submission parse(SubmissionParser parser, byte[] bytes, Format format, String display, String fileAgency) {
        switch (format) {
            case XLSX:
                List<String> notes = WorkbookGuard.checkWorkbook(bytes, display);
                Submission s = parser.parse(Grid.xlsx(bytes, display), fileAgency);
                return notes.isEmpty() ? s : new Submission(s.file(), s.methodology(), s.version(), s.period(), s.entity(), s.agency(), s.reportedAt(),
                        s.components(), notes);
            case CSV:
                return parser.parse(Grid.csv(bytes, display), fileAgency);
            default:
                return parser.parseJson(bytes, display, fileAgency);
        }
    }
}

package vn.dti.reporting.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dti.api.Agencies;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Document;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.EvidenceSource;
import vn.dti.api.IndicatorId;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Methodology;
import vn.dti.api.Period;
import vn.dti.api.ReportStatus;
import vn.dti.api.ReportingRole;
import vn.dti.api.Value;
import vn.dti.api.ValueKind;
import vn.dti.json.DtiJson;
import vn.dti.reporting.Submission;
import vn.dti.reporting.SubmittedComponent;
import vn.dti.reporting.internal.VietnameseValues.Cell;
import vn.dti.rules.RuleScorer;
import vn.dti.scoring.FormulaText;
import vn.dti.text.Language;
import vn.dti.text.Messages;
import vn.dti.text.ShownText;

/**
 * Reads a filled submission into a {@link Submission}, all or nothing: every problem found is
 * listed (file, sheet, row, column, what was found and what is expected) and nothing is returned
 * unless there is none.
 */
public final class SubmissionParser {
    private final RuleScorer scorer;
    private final Period expected;
    private final String expectedAgency;
    private final String expectedEntity;
    private final LocalDate today;

    /**
     * @param expected the period the file must report (its workspace folder's), or null to accept any
     */
    public SubmissionParser(RuleScorer scorer, Period expected) {
        this(scorer, expected, null, null);
    }

    /**
     * @param expected       the period the file must report, or null to accept any
     * @param expectedAgency the agency it must be (as the methodology names it), or null to accept any
     * @param expectedEntity the entity it must report for, or null to accept any (a file made without one is accepted)
     */
    public SubmissionParser(RuleScorer scorer, Period expected, String expectedAgency, String expectedEntity) {
        this(scorer, expected, expectedAgency, expectedEntity, null);
    }

    /**
     * @param expected       the period the file must report, or null to accept any
     * @param expectedAgency the agency it must be, or null to accept any
     * @param expectedEntity the entity it must report for, or null to accept any
     * @param today          the day of the merge (a status's as-of day): a report or document dated after it is refused at its
     *                       cell; null for today
     */
    public SubmissionParser(RuleScorer scorer, Period expected, String expectedAgency, String expectedEntity, LocalDate today) {
        this.scorer = scorer;
        this.expected = expected;
        this.expectedAgency = expectedAgency;
        this.expectedEntity = expectedEntity;
        this.today = today == null ? vn.dti.api.ReportingDay.today() : today;
    }

    /** "[26/12/2025] is a day in the future …" for a report or document date after the day of the merge; null when it is not. */
    private String future(LocalDate d, boolean document) {
        return d == null || !d.isAfter(today) ? null : Messages.text(Language.fromEnvironment(), document ? "reporting.date.futureDocument"
                : "reporting.date.futureReport", VietnameseValues.date(d), VietnameseValues.date(today));
    }

    /** "X's submission, not Y's" when the file is another agency's; null when it is the one expected. */
    private String otherAgency(String agency) {
        return expectedAgency == null || agency == null || agency.equals(expectedAgency) ? null
                : Messages.text(Language.fromEnvironment(), "reporting.submission.otherAgency", agency, expectedAgency);
    }

    /** "reports for X, not Y" when the file is another entity's; null when it is the one expected, or made without one. */
    private String otherEntity(String entity) {
        return expectedEntity == null || entity == null || entity.equals(expectedEntity) || entity.equals(vn.dti.reporting.AgencyWorkbooks.NO_ENTITY)
                ? null : Messages.text(Language.fromEnvironment(), "reporting.submission.otherEntity", entity, expectedEntity);
    }

    /**
     * A workbook or CSV file's cells; {@code fileAgency} is the file's name without its extension
     * (null when there is none): when it is an agency's name other than the one the file reports for,
     * the file is refused.
     */
    public Submission parse(Grid g, String fileAgency) {
        List<String> problems = new ArrayList<>();
        int header = -1;
        for (int r = 0; r < Math.min(g.rowCount(), 60); r++) {
            if (text(g.cell(r, Layout.ID)).equals(Layout.COLUMNS.get(0))) {
                header = r;
                break;
            }
        }
        if (header < 0) {
            throw new InvalidEvidenceException(t(g.rowCount() == 0 ? "reporting.parser.noHeaderEmpty" : "reporting.parser.noHeader", g.display(),
                    Layout.COLUMNS.get(0), Layout.COLUMNS.get(1)));
        }
        for (int c = 0; c < Layout.COLUMNS.size(); c++) {
            String found = text(g.cell(header, c));
            if (!found.equals(Layout.COLUMNS.get(c))) {
                problems.add(g.where(header, c, null) + ": " + t("reporting.parser.header", Layout.COLUMNS.get(c), found));
            }
        }
        Map<String, Integer> labels = new HashMap<>();
        for (int r = 0; r < header; r++) {
            labels.putIfAbsent(text(g.cell(r, 0)), r);
        }
        Methodology m = scorer.methodology();
        String methodologyId = headerText(g, labels, Layout.LABEL_METHODOLOGY, problems, true);
        if (methodologyId != null && !methodologyId.equals(m.id())) {
            problems.add(g.where(labels.get(Layout.LABEL_METHODOLOGY), 1, Layout.LABEL_METHODOLOGY) + ": " + t("reporting.parser.otherMethodology",
                    methodologyId, m.id()));
        }
        String version = headerText(g, labels, Layout.LABEL_VERSION, problems, false);
        Period period = null;
        String periodText = headerText(g, labels, Layout.LABEL_PERIOD, problems, true);
        if (periodText != null) {
            try {
                period = Period.parse(periodText);
                if (expected != null && !period.equals(expected)) {
                    problems.add(g.where(labels.get(Layout.LABEL_PERIOD), 1, Layout.LABEL_PERIOD) + ": " + t("reporting.parser.otherPeriod", period, expected));
                }
            } catch (IllegalArgumentException e) {
                problems.add(g.where(labels.get(Layout.LABEL_PERIOD), 1, Layout.LABEL_PERIOD) + ": " + e.getMessage());
            }
        }
        Entity entity = null;
        String entityId = headerText(g, labels, Layout.LABEL_ENTITY, problems, true);
        String entityName = headerText(g, labels, Layout.LABEL_ENTITY_NAME, problems, false);
        if (entityId != null) {
            try {
                entity = new Entity(entityId, entityName, m.entityKind());
                String other = otherEntity(entity.id());
                if (other != null) {
                    problems.add(g.where(labels.get(Layout.LABEL_ENTITY), 1, Layout.LABEL_ENTITY) + ": " + other);
                }
            } catch (IllegalArgumentException e) {
                problems.add(g.where(labels.get(Layout.LABEL_ENTITY), 1, Layout.LABEL_ENTITY) + ": " + e.getMessage());
            }
        }
        String agency = null;
        String agencyText = headerText(g, labels, Layout.LABEL_AGENCY, problems, true);
        if (agencyText != null) {
            try {
                agency = scorer.agencies().require(agencyText, g.where(labels.get(Layout.LABEL_AGENCY), 1, Layout.LABEL_AGENCY));
                String other = otherAgency(agency);
                String misnamed = other != null ? other : misnamed(fileAgency, agency, g.display());
                if (misnamed != null) {
                    problems.add(g.where(labels.get(Layout.LABEL_AGENCY), 1, Layout.LABEL_AGENCY) + ": " + misnamed);
                }
            } catch (InvalidEvidenceException e) {
                problems.add(e.getMessage());
            }
        }
        if (agency == null || period == null || entity == null) {
            throw new InvalidEvidenceException(Problems.join(problems));
        }
        List<Row> rows = rows(g, header, agency, problems);
        LocalDate reportedAt = null;
        Integer dateRow = labels.get(Layout.LABEL_REPORTED_AT);
        if (dateRow == null) {
            problems.add(g.display() + ": " + t("reporting.parser.noLabel", Layout.LABEL_REPORTED_AT));
        } else if (g.cell(dateRow, 1).blank()) {
            if (!rows.isEmpty()) {
                problems.add(g.where(dateRow, 1, Layout.LABEL_REPORTED_AT) + ": " + t("reporting.parser.noReportDate"));
            }
        } else {
            try {
                reportedAt = VietnameseValues.date(g.cell(dateRow, 1));
                String future = future(reportedAt, false);
                if (future != null) {
                    problems.add(g.where(dateRow, 1, Layout.LABEL_REPORTED_AT) + ": " + future);
                }
            } catch (IllegalArgumentException e) {
                problems.add(g.where(dateRow, 1, Layout.LABEL_REPORTED_AT) + ": " + e.getMessage());
            }
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            throw new NothingReported(g.display() + ": " + t("reporting.parser.nothingFilled", Layout.column(Layout.VALUE),
                    Layout.COLUMNS.get(Layout.VALUE), agency));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEvidenceException(Problems.join(problems));
        }
        List<SubmittedComponent> out = new ArrayList<>();
        for (Row row : rows) {
            ComponentEvidence ce = new ComponentEvidence(row.component.id(), row.value == null ? ReportStatus.NOT_APPLICABLE : ReportStatus.REPORTED,
                    row.value, EvidenceSource.SELF_REPORTED, row.documents, agency, reportedAt, row.note);
            out.add(new SubmittedComponent(ce, row.role, row.where));
        }
        return new Submission(g.display(), methodologyId, version, period, entity, agency, reportedAt, out);
    }

    /** One filled row: the component, its value (null: not applicable), documents and note. */
    private static final class Row {
        Component component;
        ReportingRole role;
        Value value;
        String note;
        String where;
        int row;
        final List<Document> documents = new ArrayList<>();
    }

    private List<Row> rows(Grid g, int header, String agency, List<String> problems) {
        Agencies agencies = scorer.agencies();
        Map<IndicatorId, Component> byId = scorer.methodology().componentsById();
        Map<IndicatorId, Integer> seen = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        Row last = null;
        boolean lastFilled = false;
        for (int r = header + 1; r < g.rowCount(); r++) {
            for (int c = Layout.COLUMNS.size(); c < g.width(r); c++) {
                if (!g.cell(r, c).blank()) {
                    problems.add(g.where(r, c, null) + ": " + t("reporting.parser.outsideColumns", g.cell(r, c).shown(),
                            Layout.column(Layout.COLUMNS.size() - 1),
                            Layout.column(Layout.VALUE), Layout.COLUMNS.get(Layout.VALUE), Layout.column(Layout.DOC_NUMBER), Layout.column(Layout.DOC_LINK)));
                }
            }
            String id = text(g.cell(r, Layout.ID));
            boolean anyDocument = false;
            for (int c : Layout.DOCUMENT) {
                anyDocument |= !g.cell(r, c).blank();
            }
            if (id.isEmpty()) {
                boolean lockedOrValue = !g.cell(r, Layout.VALUE).blank();
                for (int c : Layout.LOCKED) {
                    lockedOrValue |= !g.cell(r, c).blank();
                }
                if (lockedOrValue) {
                    problems.add(g.whereRow(r) + ": " + t("reporting.parser.noId", Layout.column(Layout.DOC_NUMBER), Layout.column(Layout.DOC_LINK)));
                } else if (anyDocument) {
                    if (last == null) {
                        problems.add(g.whereRow(r) + ": " + t("reporting.parser.orphanDocument"));
                    } else {
                        Document d = document(g, r, problems);
                        if (d != null) {
                            last.documents.add(d);
                        }
                        if (!lastFilled) {
                            problems.add(g.whereRow(r) + ": " + t("reporting.parser.documentWithoutValue", last.component.id(),
                                    Layout.column(Layout.VALUE), Integer.toString(last.row + 1)));
                        }
                    }
                } else if (!g.cell(r, Layout.NOTE).blank()) {
                    problems.add(g.where(r, Layout.NOTE, Layout.COLUMNS.get(Layout.NOTE)) + ": " + t("reporting.parser.orphanNote"));
                }
                continue;
            }
            IndicatorId cid;
            try {
                cid = IndicatorId.of(id);
            } catch (IllegalArgumentException e) {
                problems.add(g.where(r, Layout.ID, Layout.COLUMNS.get(Layout.ID)) + ": " + e.getMessage());
                last = null;
                continue;
            }
            Component c = byId.get(cid);
            if (c == null) {
                problems.add(g.where(r, Layout.ID, Layout.COLUMNS.get(Layout.ID)) + ": " + t("reporting.parser.unknownComponent", cid,
                        scorer.methodology().knownIdsNear(cid)));
                last = null;
                continue;
            }
            Layout.Line line = Layout.line(agencies, agency, c);
            if (line == null) {
                problems.add(g.where(r, Layout.ID, Layout.COLUMNS.get(Layout.ID)) + ": " + notOwn(c, agency) + " " + t("reporting.parser.notOwnRow",
                        c.responsibleAgency()));
                last = null;
                continue;
            }
            ReportingRole role = line.role();
            Integer before = seen.put(cid, r);
            if (before != null) {
                problems.add(g.where(r, Layout.ID, Layout.COLUMNS.get(Layout.ID)) + ": " + t("reporting.parser.secondRow", cid,
                        Integer.toString(before + 1), Layout.column(Layout.DOC_NUMBER),
                        Layout.column(Layout.DOC_LINK)));
                last = null;
                continue;
            }
            checkLocked(g, r, line, problems);
            Row row = new Row();
            row.component = c;
            row.role = role;
            row.row = r;
            row.where = g.where(r, Layout.VALUE, Layout.COLUMNS.get(Layout.VALUE));
            Cell valueCell = g.cell(r, Layout.VALUE);
            lastFilled = !valueCell.blank();
            last = row;
            if (anyDocument) {
                Document d = document(g, r, problems);
                if (d != null) {
                    row.documents.add(d);
                }
            }
            String note = text(g.cell(r, Layout.NOTE));
            row.note = note.isEmpty() ? null : note;
            if (valueCell.blank()) {
                if (anyDocument) {
                    problems.add(g.where(r, Layout.VALUE, Layout.COLUMNS.get(Layout.VALUE)) + ": " + t("reporting.parser.documentNoValue", cid,
                            VietnameseValues.kindWords(c)));
                }
                continue;
            }
            try {
                row.value = VietnameseValues.value(c, valueCell);
                rows.add(row);
            } catch (IllegalArgumentException e) {
                problems.add(g.where(r, Layout.VALUE, Layout.COLUMNS.get(Layout.VALUE)) + ": " + e.getMessage());
            }
        }
        return rows;
    }

    /** The methodology's cells of a row must be as the template wrote them. */
    private static void checkLocked(Grid g, int r, Layout.Line line, List<String> problems) {
        Component c = line.component();
        String[] expected = new String[Layout.COLUMNS.size()];
        expected[Layout.NAME] = c.name();
        expected[Layout.ROLE] = line.roleLabel();
        expected[Layout.KIND] = line.kind();
        expected[Layout.UNIT] = line.unit();
        for (int col : new int[] {Layout.NAME, Layout.ROLE, Layout.KIND, Layout.UNIT}) {
            Cell cell = g.cell(r, col);
            if (!Agencies.key(ShownText.clean(cell.shown())).equals(Agencies.key(ShownText.clean(expected[col])))) {
                problems.add(lockedProblem(g, r, col, c, expected[col], cell));
            }
        }
        Cell max = g.cell(r, Layout.MAX);
        double found = Double.NaN;
        if (max.number() != null) {
            found = max.number();
        } else if (!max.text().isBlank()) {
            try {
                found = VietnameseValues.number(max.text()).value();
            } catch (IllegalArgumentException e) {
                found = Double.NaN;
            }
        }
        if (!(Math.abs(found - c.maxPoints()) < 1e-9)) {
            problems.add(lockedProblem(g, r, Layout.MAX, c, line.max(), max));
        }
    }

    private static String lockedProblem(Grid g, int r, int col, Component c, String expected, Cell found) {
        String shown = found.blank() ? t("reporting.parser.blank") : "[" + found.shown() + "]";
        return g.where(r, col, Layout.COLUMNS.get(col)) + ": " + t("reporting.parser.locked", c.id(), expected, shown, Layout.column(Layout.VALUE),
                Layout.COLUMNS.get(Layout.VALUE), Layout.column(Layout.DOC_NUMBER), Layout.column(Layout.DOC_LINK));
    }

    private Document document(Grid g, int r, List<String> problems) {
        String number = text(g.cell(r, Layout.DOC_NUMBER));
        String title = text(g.cell(r, Layout.DOC_TITLE));
        Cell dateCell = g.cell(r, Layout.DOC_DATE);
        if (number.isEmpty() && title.isEmpty()) {
            problems.add(g.where(r, Layout.DOC_NUMBER, Layout.COLUMNS.get(Layout.DOC_NUMBER)) + ": "
                    + t("reporting.parser.documentUnnamed", Layout.column(Layout.DOC_NUMBER), Layout.column(Layout.DOC_TITLE)));
            return null;
        }
        String link = text(g.cell(r, Layout.DOC_LINK));
        if (dateCell.blank() && link.isEmpty()) {
            problems.add(g.where(r, Layout.DOC_DATE, Layout.COLUMNS.get(Layout.DOC_DATE)) + ": " + t("reporting.parser.documentUndated",
                    Layout.column(Layout.DOC_LINK)));
            return null;
        }
        if (dateCell.blank()) {
            return new Document(number, title, null, text(g.cell(r, Layout.DOC_ISSUER)), link, null);
        }
        LocalDate date;
        try {
            date = VietnameseValues.date(dateCell);
        } catch (IllegalArgumentException e) {
            problems.add(g.where(r, Layout.DOC_DATE, Layout.COLUMNS.get(Layout.DOC_DATE)) + ": " + e.getMessage());
            return null;
        }
        String future = future(date, true);
        if (future != null) {
            problems.add(g.where(r, Layout.DOC_DATE, Layout.COLUMNS.get(Layout.DOC_DATE)) + ": " + future);
            return null;
        }
        return new Document(number, title, date, text(g.cell(r, Layout.DOC_ISSUER)), link, null);
    }

    private static String headerText(Grid g, Map<String, Integer> labels, String label, List<String> problems, boolean required) {
        Integer r = labels.get(label);
        if (r == null) {
            if (required) {
                problems.add(g.display() + ": " + t("reporting.parser.noLabel", label));
            }
            return null;
        }
        String v = g.cell(r, 1).shown().strip();
        if (v.isEmpty()) {
            if (required) {
                problems.add(g.where(r, 1, label) + ": " + t("reporting.parser.blankLabel"));
            }
            return null;
        }
        return v;
    }

    /** A text of the catalogue in the language of the run ({@link Language#fromEnvironment()}). */
    private static String t(String key, Object... args) {
        return Messages.text(Language.fromEnvironment(), key, args);
    }

    /** "component 4.1 is not Sở Y tế's: its responsible agency is … (and its cooperating agencies are …)." */
    private static String notOwn(Component c, String agency) {
        return c.cooperatingAgencies().isEmpty() ? t("reporting.parser.notOwn", c.id(), agency, c.responsibleAgency())
                : t("reporting.parser.notOwnCooperating", c.id(), agency, c.responsibleAgency(), String.join("; ", c.cooperatingAgencies()));
    }

    private static String text(Cell c) {
        return Normalizer.normalize(c.shown(), Normalizer.Form.NFC).strip();
    }

    /** An evidence file (.json) as an agency's submission; {@code fileAgency} is the file's name without extension. */
    public Submission parseJson(byte[] bytes, String display, String fileAgency) {
        Evidence e = DtiJson.readEvidence(bytes, display);
        Methodology m = scorer.methodology();
        Places places = new Places(bytes, display, e.components().size());
        if (e.components().size() > Methodology.mostEntries(m.componentsById().size())) {
            try {
                m.checkEvidence(e);
            } catch (InvalidEvidenceException ex) {
                throw new InvalidEvidenceException(places.at("/components") + ex.getMessage());   // refused at once: too many entries to check one by one
            }
        }
        List<String> problems = new ArrayList<>();
        if (e.methodology() != null && !e.methodology().equals(m.id())) {
            problems.add(places.at("/methodology") + "$.methodology: " + t("reporting.parser.otherMethodology", e.methodology(), m.id()));
        }
        if (expected != null && !e.period().equals(expected)) {
            problems.add(places.at("/period") + "$.period: " + t("reporting.parser.otherPeriod", e.period(), expected));
        }
        try {
            m.checkEvidence(e);
        } catch (InvalidEvidenceException ex) {
            for (String line : ex.getMessage().split("\n")) {
                java.util.regex.Matcher cm = java.util.regex.Pattern.compile("\\$\\.components\\[(\\d+)\\]").matcher(line);
                if (cm.find() && percentAsNumber(m, e.components().get(Integer.parseInt(cm.group(1))))) {
                    continue;   // said below in an agency's words: "is it 46,69% written as a number?"
                }
                problems.add((cm.find(0) ? places.at("/components/" + cm.group(1)) : display + ": ") + line);
            }
        }
        Agencies agencies = scorer.agencies();
        String agency = null;
        String named = null;
        int namedAt = -1;
        for (int i = 0; i < e.components().size(); i++) {
            ComponentEvidence ce = e.components().get(i);
            if (ce.reportedBy() == null) {
                continue;
            }
            try {
                String a = agencies.require(ce.reportedBy(), places.at("/components/" + i) + "$.components[" + i + "].reportedBy");
                if (agency == null) {
                    agency = a;
                    namedAt = i;
                    named = "$.components[" + i + "].reportedBy";
                } else if (!agency.equals(a)) {
                    problems.add(places.at("/components/" + i) + "$.components[" + i + "].reportedBy: " + t("reporting.parser.twoAgencies",
                            ce.reportedBy(), named, agency));
                }
            } catch (InvalidEvidenceException ex) {
                problems.add(ex.getMessage());
            }
        }
        if (agency != null && otherAgency(agency) != null) {
            problems.add(places.at("/components/" + namedAt) + named + ": " + otherAgency(agency));
        }
        if (otherEntity(e.entity().id()) != null) {
            problems.add(places.at("/entity") + "$.entity: " + otherEntity(e.entity().id()));
        }
        if (agency == null && problems.isEmpty()) {
            agency = agencies.require(fileAgency, display + " " + (expectedAgency != null ? t("reporting.submission.takenAs", expectedAgency)
                    : t("reporting.parser.nameIsAgency")));
        } else if (agency != null && otherAgency(agency) == null && misnamed(fileAgency, agency, display) != null) {
            problems.add(places.at("/components/" + namedAt) + named + ": " + misnamed(fileAgency, agency, display));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEvidenceException(Problems.join(problems));
        }
        List<SubmittedComponent> out = new ArrayList<>();
        for (int i = 0; i < e.components().size(); i++) {
            ComponentEvidence ce = e.components().get(i);
            String where = places.at("/components/" + i) + "$.components[" + i + "]";
            if (ce.status() == ReportStatus.NOT_REPORTED) {
                continue;
            }
            Component c = m.component(ce.indicator()).orElseThrow();
            ReportingRole role = agencies.role(agency, c);
            if (percentAsNumber(m, ce) && ce.value() instanceof Value.Numeric n) {
                double share = VietnameseValues.likelyShare(n.number());
                problems.add(places.at("/components/" + i + "/value") + "$.components[" + i + "].value (" + c.id() + "): " + t("reporting.parser.jsonPercent",
                        FormulaText.plain(n.number()), VietnameseValues.vi(n.number() * 100), VietnameseValues.percentOf(share), FormulaText.plain(share),
                        VietnameseValues.vi(VietnameseValues.MAX_SHARE * 100)));
                continue;
            }
            if (role == null) {
                problems.add(where + ": " + notOwn(c, agency) + " " + t("reporting.parser.notOwnEntry", c.responsibleAgency()));
                continue;
            }
            LocalDate at = ce.reportedAt() != null ? ce.reportedAt() : e.reportedAt();
            if (at == null) {
                problems.add(where + ": " + t("reporting.parser.noReportedAt", c.id()));
                continue;
            }
            String future = future(at, false);
            if (future != null) {
                problems.add(where + (ce.reportedAt() != null ? ".reportedAt" : " ($.reportedAt)") + ": " + future);
                continue;
            }
            boolean futureDocument = false;
            for (int d = 0; d < ce.documents().size(); d++) {
                String f = future(ce.documents().get(d).date(), true);
                if (f != null) {
                    problems.add(where + ".documents[" + d + "].date: " + f);
                    futureDocument = true;
                }
            }
            if (futureDocument) {
                continue;
            }
            out.add(new SubmittedComponent(new ComponentEvidence(ce.indicator(), ce.status(), ce.value(), ce.source(), ce.documents(), agency, at,
                    ownNote(ce.note(), Layout.line(agencies, agency, c))), role, where + " (" + c.id() + ")"));
        }
        if (problems.isEmpty() && out.isEmpty()) {
            throw new NothingReported(display + ": " + t("reporting.parser.nothingReported", agency));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEvidenceException(Problems.join(problems));
        }
        LocalDate reportedAt = e.reportedAt();
        for (SubmittedComponent sc : out) {
            if (reportedAt == null || sc.evidence().reportedAt().isAfter(reportedAt)) {
                reportedAt = sc.evidence().reportedAt();
            }
        }
        return new Submission(display, e.methodology() == null ? m.id() : e.methodology(), "", e.period(), e.entity(), agency, reportedAt, out);
    }

    /**
     * What is wrong when a file's name is another agency's than the one it reports for (Văn phòng
     * UBND tỉnh's workbook saved as "Sở KH&CN.xlsx"), or null when the name is the agency's, or no
     * agency's at all (a file may be named freely, e.g. "bao-cao-q3.xlsx").
     */
    private String misnamed(String fileAgency, String agency, String display) {
        if (fileAgency == null) {
            return null;
        }
        String named = scorer.agencies().canonical(fileAgency).orElse(null);
        if (named == null || named.equals(agency)) {
            return null;
        }
        String name = display.substring(Math.max(display.lastIndexOf('/'), display.lastIndexOf('\\')) + 1);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        return Messages.text(Language.fromEnvironment(), "reporting.submission.misnamed", agency, name, named,
                agency.replaceAll("[\\\\/:*?\"<>|]", "-") + extension);
    }

    /** A ratio above 200% in an agency's evidence file: a percent written as a number (46.69 for 46,69%), most likely. */
    private static boolean percentAsNumber(Methodology m, ComponentEvidence ce) {
        Component c = m.component(ce.indicator()).orElse(null);
        return c != null && c.valueKind() == ValueKind.RATIO && ce.value() instanceof Value.Numeric n && n.number() > VietnameseValues.MAX_SHARE
                && n.number() <= Methodology.MAX_NUMBER;
    }

    /**
     * The agency's own note: the JSON template's note ("Chủ trì. Ghi tỷ lệ …", the role and the hint)
     * taken out, so that what the template wrote is not copied into the merged evidence.
     */
    static String ownNote(String note, Layout.Line line) {
        if (note == null || line == null) {
            return note;
        }
        String s = note.strip();
        for (String prefix : new String[] {line.roleLabel() + ". " + line.hint(), line.roleLabel() + ".", line.hint()}) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length()).strip();
            }
        }
        return s.isEmpty() ? null : s;
    }

    /**
     * Where the values of an evidence file are, for its messages: every place a message may name
     * (each component's entry and value, the file's methodology and period) found in one pass over
     * the file, the first time one is asked for.
     */
    private static final class Places {
        private final byte[] bytes;
        private final String display;
        private final int components;
        private Map<String, int[]> found;

        Places(byte[] bytes, String display, int components) {
            this.bytes = bytes;
            this.display = display;
            this.components = components;
        }

        /** "file:line:column: " for the value at a JSON pointer; "file: " when it is not found. */
        String at(String pointer) {
            if (found == null) {
                List<String> pointers = new ArrayList<>(List.of("/methodology", "/period", "/components"));
                for (int i = 0; i < components; i++) {
                    pointers.add("/components/" + i);
                    pointers.add("/components/" + i + "/value");
                }
                found = DtiJson.locateAll(bytes, pointers);
            }
            int[] lc = found.containsKey(pointer) ? found.get(pointer) : DtiJson.locate(bytes, pointer);
            return display + (lc == null ? "" : ":" + lc[0] + ":" + lc[1]) + ": ";
        }
    }
}

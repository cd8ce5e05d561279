package vn.dti.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dti.api.Component;
import vn.dti.api.IndicatorId;
import vn.dti.api.Methodology;
import vn.dti.rules.XlsxGuard;
import vn.dti.scoring.RuleLocation;
import vn.dti.scoring.ScoringPattern;
import vn.dti.scoring.ScoringRule;
import vn.dti.text.Language;
import vn.dti.text.Message;
import vn.dti.text.Messages;

/**
 * A Drools spreadsheet decision table ({@code .csv} or {@code .xlsx}) read cell by cell, before
 * Drools compiles it, so that every problem names the file, sheet, row and column and says what
 * is expected there. One row per component: its id (the CONDITION column
 * {@code indicator == "$param"}), one filled pattern column (an ACTION column calling
 * {@code score.ratio}, {@code score.goal}, {@code score.bands}, {@code score.category},
 * {@code score.yesNo} or {@code score.relative}) and the assumption in words (the DESCRIPTION
 * column). Nothing in a spreadsheet is executed here: formulas are read by their cached values.
 */
final class DecisionTable {
    /** A table larger than this is refused: a methodology has tens of components, not thousands. */
    static final int MAX_ROWS = 5_000;
    static final int MAX_COLUMNS = 200;

    private static final Pattern ID_LIKE = Pattern.compile("\\d+(\\.\\d+)*");
    private static final Pattern RULE_TABLE = Pattern.compile("(?i)^\\s*RuleTable\\s+(.+?)\\s*$");
    private static final Pattern ID_TEMPLATE = Pattern.compile("indicator\\s*==\\s*\"\\$param\"");
    private static final Pattern CALL = Pattern.compile("score\\.(\\w+)\\s*\\(\\s*kcontext\\s*,\\s*\\$\\w+\\s*(?:,\\s*(.*?))?\\)\\s*;?\\s*$");
    /**
     * A table cell's number: a plain decimal, what an officer types (6e-1, 0.6d, -0.5, 0100 and
     * 0,6 are refused with what to write instead). Rule files are code and take Java's literals
     * ({@link DrlScan}), as the rule compiler does.
     */
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

    /**
     * What the table holds: the scoring rules, the rule names Drools will give them, problems, and
     * the bytes Drools compiles; {@code troubledRules} names the generated rules of the rows with a
     * problem (left out when the rest of the folder is compiled to be checked).
     */
    record Result(List<ScoringRule> scoring, Map<String, ScoringRule> byGeneratedName, List<Problem> problems, byte[] compileBytes, boolean xlsx,
            List<String> tableNames, java.util.Set<IndicatorId> troubled, boolean incomplete, Map<String, Integer> templateRows,
            java.util.Set<String> troubledRules, java.util.Set<String> asData) {
        /**
         * @param asData the generated rule names of the rows that can be applied as data
         *               ({@link TableRows}): their table has the bundled templates, and the row one
         *               of the known patterns with constant parameters
         */
        Result {
            asData = java.util.Set.copyOf(asData);
        }
    }

    /** The one condition template a table applied as data may have. */
    private static final String DATA_CONDITION = "indicator==\"$param\",reported";
    /** By pattern, the action template a table applied as data has for it. */
    private static final Map<String, String> DATA_ACTIONS = Map.of(
            "ratio", "score.ratio(kcontext,$v);",
            "goal", "score.goal(kcontext,$v,$param);",
            "bands", "score.bands(kcontext,$v,\"$param\");",
            "category", "score.category(kcontext,$v,\"$param\");",
            "yesNo", "score.yesNo(kcontext,$v);",
            "relative", "score.relative(kcontext,$v,$param);",
            "rankShare", "score.rankShare(kcontext,$v);");
    /** The rows above a table applied as data may declare these only (no attributes, functions or sequential mode). */
    private static final java.util.Set<String> DATA_HEADERS = java.util.Set.of("RULESET", "IMPORT", "VARIABLES", "NOTES");

    /** One sheet's cells as text ("" when blank), row by row, 0-based. */
    private record Grid(String sheet, List<String[]> rows, Map<Long, String> formulas) {
        /** The formula of a cell ("=B2*2"), or null when the cell holds a value. */
        String formula(int r, int c) {
            return formulas.get(((long) r << 20) | c);
        }

        String cell(int r, int c) {
            if (r < 0 || r >= rows.size()) {
                return "";
            }
            String[] row = rows.get(r);
            return c < 0 || c >= row.length || row[c] == null ? "" : row[c];
        }
    }

    private DecisionTable() {
    }

    static Result read(String file, String display, byte[] bytes, Methodology m, Map<IndicatorId, Component> byId) {
        boolean xlsx = file.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        List<Problem> problems = new ArrayList<>();
        List<Grid> grids;
        byte[] compile = bytes;
        try {
            if (xlsx) {
                grids = xlsx(bytes, display);
            } else {
                compile = withoutBom(bytes);
                grids = List.of(csv(compile, display));
            }
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(display, e.getMessage()));
            return new Result(List.of(), Map.of(), problems, compile, xlsx, List.of(), java.util.Set.of(), true, Map.of(), java.util.Set.of(),
                    java.util.Set.of());
        }
        List<ScoringRule> scoring = new ArrayList<>();
        Map<String, ScoringRule> generated = new java.util.HashMap<>();
        List<String> names = new ArrayList<>();
        java.util.Set<IndicatorId> troubled = new java.util.HashSet<>();
        boolean incomplete = false;
        Map<String, Integer> templateRows = new java.util.HashMap<>();
        java.util.Set<String> troubledRules = new java.util.HashSet<>();
        java.util.Set<String> asData = new java.util.HashSet<>();
        for (Grid g : grids) {
            String sheet = xlsx ? g.sheet() : "";
            for (int r = 0; r < g.rows().size(); r++) {
                for (int c = 0; c < Math.min(g.rows().get(r).length, 3); c++) {
                    Matcher t = RULE_TABLE.matcher(g.cell(r, c));
                    if (t.matches()) {
                        names.add(t.group(1));
                        // 1-based: the table's name, column types, "$v : ComponentValue", then the code templates
                        templateRows.putIfAbsent(t.group(1), r + 4);
                        incomplete |= !table(file, display, sheet, g, r, c, t.group(1), m, byId, scoring, generated, problems, troubled, troubledRules,
                                asData);
                    }
                }
            }
        }
        if (names.isEmpty()) {
            problems.add(Problem.of(display, vn.dti.text.Message.of("rules.table.noTable")));
        }
        return new Result(scoring, generated, problems, compile, xlsx, names, troubled, incomplete || names.isEmpty(), templateRows, troubledRules,
                asData);
    }

    /** Reads one table's rows; false when the table's structure is broken, so that some of its rows could not be read. */
    private static boolean table(String file, String display, String sheet, Grid g, int start, int firstCol, String name, Methodology m,
            Map<IndicatorId, Component> byId, List<ScoringRule> scoring, Map<String, ScoringRule> generated, List<Problem> problems,
            java.util.Set<IndicatorId> troubled, java.util.Set<String> troubledRules, java.util.Set<String> asData) {
        int typesRow = start + 1;
        int templateRow = start + 3;
        int headerRow = start + 4;
        int idCol = -1;
        int nameCol = -1;
        int descriptionCol = -1;
        List<int[]> patternCols = new ArrayList<>();
        List<String> patternNames = new ArrayList<>();
        int lastCol = firstCol;
        int conditions = 0;
        boolean otherColumns = false;
        for (int c = firstCol; c < MAX_COLUMNS; c++) {
            String type = g.cell(typesRow, c).strip().toUpperCase(Locale.ROOT);
            if (type.isEmpty()) {
                break;
            }
            lastCol = c;
            String template = g.cell(templateRow, c).strip();
            switch (type) {
                case "CONDITION":
                    conditions++;
                    if (ID_TEMPLATE.matcher(template).find()) {
                        idCol = c;
                    }
                    break;
                case "ACTION": {
                    Matcher call = CALL.matcher(template);
                    patternCols.add(new int[] {c});
                    patternNames.add(call.find() ? call.group(1) : "");
                    break;
                }
                case "DESCRIPTION":
                    descriptionCol = c;
                    break;
                case "NAME":
                    nameCol = c;
                    break;
                default:
                    otherColumns = true;
                    break;
            }
        }
        boolean dataTable = conditions == 1 && idCol >= 0 && !otherColumns && DATA_CONDITION.equals(compact(g.cell(templateRow, idCol)))
                && compact(g.cell(start + 2, firstCol)).matches("\\$v:(vn\\.dti\\.rules\\.)?ComponentValue") && plainHeader(g, start, firstCol);
        if (engineCells(display, sheet, g, start, firstCol, lastCol, problems)) {
            return false;
        }
        if (idCol < 0) {
            problems.add(Problem.cell(display, sheet, templateRow + 1, firstCol + 1, null,
                    vn.dti.text.Message.of("rules.table.noIdColumn", name, Integer.toString(typesRow + 1), Integer.toString(templateRow + 1))));
            return false;
        }
        for (int r = headerRow + 1; r < g.rows().size() && r < MAX_ROWS; r++) {
            if (blank(g, r, firstCol, lastCol)) {
                int next = r + 1;
                while (next < g.rows().size() && next < MAX_ROWS && blank(g, next, firstCol, lastCol)) {
                    next++;
                }
                // a row after the gap whose id cell holds a component id was meant as a row of the table; notes below a
                // table (any other text) are allowed, as Drools ignores them
                if (next < g.rows().size() && next < MAX_ROWS && ID_LIKE.matcher(g.cell(next, idCol).strip()).matches()) {
                    problems.add(Problem.cell(display, sheet, r + 1, idCol + 1, "id", vn.dti.text.Message.of("rules.table.blankRow", name, Integer.toString(next + 1))));
                    return false;
                }
                break;
            }
            int row = r + 1;
            int rowStart = problems.size();
            try {
            String idText = g.cell(r, idCol).strip();
            if (g.formula(r, idCol) != null) {
                problems.add(Problem.cell(display, sheet, row, idCol + 1, "id", vn.dti.text.Message.of("rules.table.idFormula", g.formula(r, idCol), idText)));
                continue;
            }
            if (idText.isEmpty()) {
                problems.add(Problem.cell(display, sheet, row, idCol + 1, "id", vn.dti.text.Message.of("rules.table.noId")));
                continue;
            }
            IndicatorId id;
            try {
                id = IndicatorId.of(idText);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.cell(display, sheet, row, idCol + 1, "id", vn.dti.text.Message.of("rules.table.notAnId", idText)));
                continue;
            }
            Component component = byId.get(id);
            if (component == null) {
                problems.add(Problem.cell(display, sheet, row, idCol + 1, "id", vn.dti.text.Message.of("rules.table.unknownId", id.value(), MethodologyFiles.CATALOGUE, m.knownIds(id))));
                continue;
            }
            String ruleName = nameCol >= 0 && !g.cell(r, nameCol).isBlank() ? g.cell(r, nameCol).strip() : id.value();
            String assumption = descriptionCol >= 0 ? g.cell(r, descriptionCol).strip() : "";
            List<ScoringRule> found = new ArrayList<>();
            int before = problems.size();
            for (int k = 0; k < patternCols.size(); k++) {
                int c = patternCols.get(k)[0];
                String text = g.cell(r, c).strip();
                if (text.isEmpty()) {
                    continue;
                }
                String pattern = patternNames.get(k);
                if (g.formula(r, c) != null) {
                    problems.add(Problem.cell(display, sheet, row, c + 1, pattern.isEmpty() ? g.cell(headerRow, c).strip() : pattern,
                            vn.dti.text.Message.of("rules.table.valueFormula", g.formula(r, c), text)));
                    continue;
                }
                RuleLocation where = RuleLocation.cell(file, sheet.isEmpty() ? "" : sheet, row, Problem.columnName(c + 1));
                try {
                    found.add(new ScoringRule(id, ruleName, where, parse(pattern, text, g.cell(templateRow, c).strip()), assumption));
                } catch (IllegalArgumentException e) {
                    problems.add(Problem.cell(display, sheet, row, c + 1, pattern.isEmpty() ? g.cell(headerRow, c).strip() : pattern, e.getMessage()));
                }
            }
            if (found.size() > 1) {
                problems.add(Problem.cell(display, sheet, row, idCol + 1, "id", vn.dti.text.Message.of("rules.table.twoPatterns", id.value(), found.size(), vn.dti.text.Message.join(", ",
                        found.stream().map(f -> vn.dti.text.Message.of("rules.table.patternInColumn", f.pattern().name(), f.location().column())).toList()))));
            } else if (found.isEmpty() && problems.size() == before) {
                problems.add(Problem.cell(display, sheet, row, idCol + 1, "id", vn.dti.text.Message.of("rules.table.noPattern", id.value(),
                        String.join(", ", patternCols.stream().map(c -> Problem.columnName(c[0] + 1) + " (" + g.cell(headerRow, c[0]).strip() + ")").toList()))));
            }
            if (problems.size() > before) {
                troubled.add(id);
            }
            if (found.size() == 1) {
                scoring.add(found.get(0));
                generated.put(name + "_" + row, found.get(0));
                boolean named = nameCol >= 0 && !g.cell(r, nameCol).isBlank();
                if (named) {
                    generated.put(ruleName, found.get(0));
                }
                ScoringRule only = found.get(0);
                String action = DATA_ACTIONS.get(only.pattern().name());
                if (dataTable && !(only.pattern() instanceof ScoringPattern.Custom) && action != null
                        && action.equals(compact(g.cell(templateRow, columnOf(only, patternCols, patternNames))))) {
                    asData.add(named ? ruleName : name + "_" + row);
                }
            }
            } finally {
                if (problems.size() > rowStart) {
                    troubledRules.add(name + "_" + row);
                    if (nameCol >= 0 && !g.cell(r, nameCol).isBlank()) {
                        troubledRules.add(g.cell(r, nameCol).strip());
                    }
                }
            }
        }
        return true;
    }

    /** A code template without its spaces around punctuation, with the final semicolon: the form {@link #DATA_ACTIONS} compares. */
    private static String compact(String template) {
        String t = template.strip().replaceAll("\\s*([,();:=])\\s*", "$1");
        return t.startsWith("score.") && !t.endsWith(";") ? t + ";" : t;
    }

    /** The column of the pattern a row filled: the first pattern column of that pattern's name. */
    private static int columnOf(ScoringRule rule, List<int[]> patternCols, List<String> patternNames) {
        String column = rule.location().column();
        for (int k = 0; k < patternCols.size(); k++) {
            if (Problem.columnName(patternCols.get(k)[0] + 1).equals(column)) {
                return patternCols.get(k)[0];
            }
        }
        return patternCols.get(patternNames.indexOf(rule.pattern().name()))[0];
    }

    /**
     * Whether the rows above a table, in its first column, declare only the rule set, imports,
     * variables and notes: no attribute (salience, agenda groups, no-loop …), sequential mode,
     * functions or queries that would make its rules behave otherwise than applied as data.
     */
    private static boolean plainHeader(Grid g, int start, int firstCol) {
        boolean ruleSet = false;
        for (int r = 0; r < start; r++) {
            String keyword = g.cell(r, firstCol).strip().toUpperCase(Locale.ROOT);
            if (keyword.isEmpty()) {
                continue;
            }
            if (keyword.startsWith("RULETABLE")) {
                break;   // the rule set's rows end at the first table
            }
            if (!DATA_HEADERS.contains(keyword)) {
                if (ruleSet) {
                    return false;
                }
                continue;   // text above the rule set is not read by Drools
            }
            ruleSet |= keyword.equals("RULESET");
        }
        return ruleSet;
    }

    /**
     * The engine's cells of a table that an officer's edit emptied (a cleared code template, the
     * object-type cell, a column type with typed columns right of it), each named by its own cell
     * and sheet, instead of the Drools message about another cell that would follow. True when
     * one was found: the table is then not compiled.
     */
    private static boolean engineCells(String display, String sheet, Grid g, int start, int firstCol, int lastCol, List<Problem> problems) {
        int before = problems.size();
        int typesRow = start + 1;
        int objectRow = start + 2;
        int templateRow = start + 3;
        if (g.cell(objectRow, firstCol).isBlank()) {
            problems.add(engineCell(display, sheet, objectRow, firstCol));
        }
        for (int c = firstCol; c <= lastCol; c++) {
            String type = g.cell(typesRow, c).strip().toUpperCase(Locale.ROOT);
            if ((type.equals("CONDITION") || type.equals("ACTION")) && g.cell(templateRow, c).isBlank()) {
                problems.add(engineCell(display, sheet, templateRow, c));
            }
        }
        int lastTyped = lastCol;
        for (int c = lastCol + 1; c < Math.min(MAX_COLUMNS, lastCol + 50); c++) {
            if (!g.cell(typesRow, c).isBlank()) {
                lastTyped = c;
            }
        }
        for (int c = lastCol + 1; c < lastTyped; c++) {
            if (g.cell(typesRow, c).isBlank()) {
                problems.add(engineCell(display, sheet, typesRow, c));
            }
        }
        return problems.size() > before;
    }

    private static Problem engineCell(String display, String sheet, int row, int column) {
        return Problem.cell(display, sheet, row + 1, column + 1, null, vn.dti.text.Message.of(
                "rules.table.engineCell", Problem.columnName(column + 1) + (row + 1), sheet.isEmpty() ? display : sheet, Integer.toString(row + 1)));
    }

    /** The pattern a cell gives, checked as Drools would paste it into the rule; "what is expected" on failure, in the run's language. */
    static ScoringPattern parse(String pattern, String text, String template) {
        if (text.contains("\"") || text.contains("\\")) {
            throw refused("rules.cell.quote", text);
        }
        switch (pattern) {
            case "goal":
            case "relative":
                number(text, pattern.equals("goal") ? "rules.cell.what.goal" : "rules.cell.what.reference");
                return DrlScan.pattern(pattern, text);
            case "bands":
            case "category":
                return DrlScan.pattern(pattern, "\"" + text + "\"");
            case "ratio":
            case "yesNo":
            case "rankShare":
                if (!text.equalsIgnoreCase("x")) {
                    throw refused("rules.cell.noParameter", text);
                }
                return DrlScan.pattern(pattern, null);
            default:
                return new ScoringPattern.Custom(template.replace("$param", text));
        }
    }

    /** A cell's number; {@code what} is the catalogue key of the parameter's name (goal, reference). */
    private static double number(String text, String what) {
        if (text.matches("-\\s*\\d+(\\.\\d+)?")) {
            throw refused("rules.cell.negative", text, Message.of(what), text.replaceFirst("^-\\s*", ""));
        }
        if (!NUMBER.matcher(text).matches()) {
            if (text.matches("\\d+,\\d+")) {
                throw refused("rules.cell.notNumber.comma", text, text.replace(',', '.'));
            }
            if (text.endsWith("%")) {
                throw refused("rules.cell.notNumber.percent", text);
            }
            if (text.matches("\\d+(\\.\\d+)?[eE][-+]?\\d+")) {
                throw refused("rules.cell.notNumber.exponent", text, vn.dti.scoring.FormulaText.plain(Double.parseDouble(text)));
            }
            throw refused("rules.cell.notNumber", text);
        }
        if (DrlScan.LEADING_ZERO.matcher(text).lookingAt() && text.indexOf('.') < 0) {
            throw refused("rules.cell.leadingZero", text, text.replaceFirst("^0+(?=\\d)", ""));
        }
        return Double.parseDouble(text);
    }

    /** What is wrong with a cell, from the catalogue, in the run's language ({@link Language#fromEnvironment()}). */
    private static IllegalArgumentException refused(String key, Object... args) {
        return new IllegalArgumentException(Messages.text(Language.fromEnvironment(), key, args));
    }

    private static boolean blank(Grid g, int r, int from, int to) {
        for (int c = from; c <= to; c++) {
            if (!g.cell(r, c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    static byte[] withoutBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }

    /** Reads CSV as Drools does: one line a row, cells split on commas, "quoted" cells with "" for a quote. */
    private static Grid csv(byte[] bytes, String display) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            throw new IllegalArgumentException(vn.dti.text.Messages.text(vn.dti.text.Language.fromEnvironment(), "rules.table.notUtf8"));
        }
        String[] lines = text.split("\r?\n", -1);
        if (lines.length > MAX_ROWS) {
            throw new IllegalArgumentException(vn.dti.text.Messages.text(vn.dti.text.Language.fromEnvironment(), "rules.table.tooManyLines", lines.length, MAX_ROWS));
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            rows.add(splitCsv(lines[i], i + 1));
        }
        return new Grid("", rows, Map.of());
    }

    static String[] splitCsv(String line, int lineNumber) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(vn.dti.text.Messages.text(vn.dti.text.Language.fromEnvironment(), "rules.table.openQuote", Integer.toString(lineNumber)));
        }
        cells.add(cell.toString());
        if (cells.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException(vn.dti.text.Messages.text(vn.dti.text.Language.fromEnvironment(), "rules.table.tooManyCells", Integer.toString(lineNumber), cells.size(), MAX_COLUMNS));
        }
        return cells.toArray(new String[0]);
    }

    /** Reads every sheet's cells as text: cached values of formula cells, nothing evaluated or executed. */
    private static List<Grid> xlsx(byte[] bytes, String display) {
        // checked by walking the zip with counted reads, not by POI's process-wide ZipSecureFile settings
        XlsxGuard.check(bytes, display, message -> new IllegalArgumentException(message.substring(display.length() + 2)));
        List<Grid> grids = new ArrayList<>();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                if (sheet.getLastRowNum() >= MAX_ROWS) {
                    throw new TooLarge(vn.dti.text.Messages.text(vn.dti.text.Language.fromEnvironment(), "rules.table.tooManyRows", sheet.getSheetName(),
                            sheet.getLastRowNum() + 1, MAX_ROWS));
                }
                List<String[]> rows = new ArrayList<>();
                Map<Long, String> formulas = new java.util.HashMap<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row == null || row.getLastCellNum() <= 0) {
                        rows.add(new String[0]);
                        continue;
                    }
                    int n = Math.min(row.getLastCellNum(), MAX_COLUMNS);
                    String[] cells = new String[n];
                    for (int c = 0; c < n; c++) {
                        Cell cell = row.getCell(c);
                        cells[c] = text(cell);
                        if (cell != null && cell.getCellType() == CellType.FORMULA) {
                            formulas.put(((long) r << 20) | c, "=" + cell.getCellFormula());
                        }
                    }
                    rows.add(cells);
                }
                grids.add(new Grid(sheet.getSheetName(), rows, formulas));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof TooLarge tooLarge) {
                throw tooLarge;
            }
            throw new IllegalArgumentException(vn.dti.text.Messages.text(vn.dti.text.Language.fromEnvironment(), "rules.table.notXlsx", e.getMessage()));
        }
        return grids;
    }

    /** A sheet with more rows than a decision table may have: said as it is, not as an unreadable workbook. */
    private static final class TooLarge extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            switch (cell.getCachedFormulaResultType()) {
                case NUMERIC:
                    return FORMAT.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString());
                case STRING:
                    return cell.getStringCellValue();
                case BOOLEAN:
                    return Boolean.toString(cell.getBooleanCellValue());
                default:
                    return "";
            }
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            return vn.dti.scoring.FormulaText.plain(d);
        }
        return FORMAT.formatCellValue(cell);
    }
}

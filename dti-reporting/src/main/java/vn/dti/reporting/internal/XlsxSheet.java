package vn.dti.reporting.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.reporting.internal.VietnameseValues.Cell;
import vn.dti.text.Language;
import vn.dti.text.Message;
import vn.dti.text.Messages;

/**
 * One sheet of an Excel workbook (.xlsx), read streaming: the workbook's parts are read from its
 * zip as they are needed, each XML part through SAX events (POI's hardened {@link XMLHelper}
 * reader: no document type, no external entity), so that memory does not grow with the sheet. Rows
 * past {@code maxRows} are not read: the first filled one stops the reading with a message (an
 * agency's sheet with 1,048,576 rows is refused at row 5,001, in any heap); cells past {@code
 * maxColumns} are skipped. Of the shared strings (the workbook's texts) only those the read cells
 * use are kept. Nothing is evaluated: a formula cell gives the value the spreadsheet program saved
 * with it, or a problem when it saved none. Call {@code XlsxGuard.inspect} first (sizes, zip
 * bombs, document types).
 *
 * <p>Why not POI's {@code XSSFWorkbook}: it holds the whole sheet as objects (1.9 GB for a sheet
 * of a million rows); nor {@code OPCPackage} with {@code XSSFReader}: opened from bytes, it keeps
 * every part expanded in memory and logs the XML parts it cannot parse with a stack trace.
 */
final class XlsxSheet {
    /** The most bytes a workbook's structural part (its relationships, the workbook, the styles) may have. */
    private static final long MAX_STRUCTURE = 16L * 1024 * 1024;

    private final byte[] bytes;
    private final String display;

    /**
     * A sheet as read: the workbook's sheet names (in order); whether the sheet was found; its
     * cells row by row (0-based; a row or a cell that is absent is null); its merged cells; the
     * problems of single cells (a formula without a saved value, an error value), by row and column.
     */
    record Sheet(List<String> names, boolean found, List<Cell[]> rows, List<CellRangeAddress> merged, List<CellProblem> problems) {
    }

    /** What is wrong with one cell (0-based row and column). */
    record CellProblem(int row, int column, String message) {
    }

    private XlsxSheet(byte[] bytes, String display) {
        this.bytes = bytes;
        this.display = display;
    }

    /**
     * Reads the named sheet.
     *
     * @throws InvalidEvidenceException naming the file and the part, for a workbook whose parts are
     *                                  missing or do not parse, and naming the sheet and row for a
     *                                  filled row past {@code maxRows}
     */
    static Sheet read(byte[] bytes, String display, String sheetName, int maxRows, int maxColumns) {
        return new XlsxSheet(bytes, display).sheet(sheetName, maxRows, maxColumns);
    }

    private Sheet sheet(String sheetName, int maxRows, int maxColumns) {
        String workbookPart = target("", part("_rels/.rels", true), "/officeDocument", "xl/workbook.xml");
        byte[] workbook = part(workbookPart, true);
        byte[] rels = part(relsOf(workbookPart), false);
        WorkbookHandler wb = new WorkbookHandler();
        parse(workbookPart, new ByteArrayInputStream(workbook), wb);
        String sheetPart = null;
        for (int i = 0; i < wb.names.size(); i++) {
            if (wb.names.get(i).equals(sheetName)) {
                sheetPart = rels == null ? null : target(workbookPart, rels, wb.ids.get(i), null);
                if (sheetPart == null) {
                    throw broken(workbookPart, Message.of("reporting.xlsx.sheetWithoutPart", sheetName));
                }
            }
        }
        if (sheetPart == null) {
            return new Sheet(wb.names, false, List.of(), List.of(), List.of());
        }
        Formats formats = new Formats(wb.date1904);
        String stylesPart = rels == null ? null : target(workbookPart, rels, "/styles", null);
        byte[] styles = stylesPart == null ? null : part(stylesPart, false);
        if (styles != null) {
            parse(stylesPart, new ByteArrayInputStream(styles), formats);
        }
        SheetHandler sh = new SheetHandler(sheetName, formats, maxRows, maxColumns);
        String part = sheetPart;
        if (!stream(sheetPart, in -> parse(part, in, sh))) {
            throw broken(sheetPart, Message.of("reporting.xlsx.partMissing"));
        }
        if (!sh.strings.isEmpty()) {
            String stringsPart = rels == null ? null : target(workbookPart, rels, "/sharedStrings", null);
            StringsHandler strings = new StringsHandler(sh.strings);
            if (stringsPart == null || !stream(stringsPart, in -> parse(stringsPart, in, strings))) {
                throw broken(stringsPart == null ? workbookPart : stringsPart, Message.of("reporting.xlsx.stringsMissing"));
            }
            sh.resolve(strings.found);
        }
        return new Sheet(wb.names, true, sh.rows, sh.merged, sh.problems);
    }

    // ------------------------------------------------------------------ parts of the zip

    /** The bytes of one (small) part, or null when there is none and it is not {@code required}. */
    private byte[] part(String name, boolean required) {
        byte[][] found = new byte[1][];
        stream(name, in -> {
            byte[] b = in.readNBytes((int) MAX_STRUCTURE + 1);
            if (b.length > MAX_STRUCTURE) {
                throw broken(name, Message.of("reporting.xlsx.partTooLarge", MAX_STRUCTURE / (1024 * 1024)));
            }
            found[0] = b;
        });
        if (found[0] == null && required) {
            throw broken(name, Message.of("reporting.xlsx.partMissing"));
        }
        return found[0];
    }

    /** Something to do with a part's stream. */
    private interface PartReader {
        void read(InputStream in) throws IOException;
    }

    /** Reads the part of this name (as OPC names parts: without case, without a leading slash); false when there is none. */
    private boolean stream(String name, PartReader reader) {
        String wanted = name.startsWith("/") ? name.substring(1) : name;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String n = e.getName().startsWith("/") ? e.getName().substring(1) : e.getName();
                if (n.equalsIgnoreCase(wanted)) {
                    reader.read(new FilterInputStream(zip) {
                        @Override
                        public void close() {
                            // the zip stays open: the caller closes it
                        }
                    });
                    return true;
                }
            }
        } catch (IOException e) {
            throw broken(name, Message.of("reporting.xlsx.zipDamaged", String.valueOf(e.getMessage())));
        }
        return false;
    }

    /** The relationships part of a part: xl/workbook.xml has xl/_rels/workbook.xml.rels. */
    private static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /**
     * The part a relationship of {@code source} leads to: the one with this id, or the first whose
     * type ends with {@code idOrType} (when it starts with "/"); {@code otherwise} when none does.
     */
    private String target(String source, byte[] rels, String idOrType, String otherwise) {
        if (rels == null) {
            return otherwise;
        }
        RelsHandler h = new RelsHandler(idOrType);
        parse(source.isEmpty() ? "_rels/.rels" : relsOf(source), new ByteArrayInputStream(rels), h);
        if (h.target == null) {
            return otherwise;
        }
        String base = source.contains("/") ? source.substring(0, source.lastIndexOf('/') + 1) : "";
        String path = h.target.startsWith("/") ? h.target.substring(1) : base + h.target;
        List<String> parts = new ArrayList<>();
        for (String seg : path.split("/")) {
            if (seg.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!seg.isEmpty() && !seg.equals(".")) {
                parts.add(seg);
            }
        }
        return String.join("/", parts);
    }

    // ------------------------------------------------------------------ XML

    private void parse(String part, InputStream in, DefaultHandler handler) {
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            reader.parse(new InputSource(in));
        } catch (SAXParseException e) {
            throw broken(part, Message.of("reporting.xlsx.notXml", Integer.toString(e.getLineNumber()), Integer.toString(e.getColumnNumber()), String.valueOf(e.getMessage())));
        } catch (SAXException | ParserConfigurationException e) {
            if (e.getCause() instanceof InvalidEvidenceException iee) {
                throw iee;
            }
            throw broken(part, Message.of("reporting.xlsx.notXmlPlain", String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw broken(part, Message.of("reporting.xlsx.cannotRead", String.valueOf(e.getMessage())));
        }
    }

    private InvalidEvidenceException broken(String part, Message what) {
        return new InvalidEvidenceException(Message.of("reporting.xlsx.brokenPart", display, part, what));
    }

    /** An attribute by its local name, whatever its namespace (r:id, or the strict format's). */
    private static String attr(Attributes a, String localName) {
        for (int i = 0; i < a.getLength(); i++) {
            if (localName.equals(a.getLocalName(i)) || localName.equals(a.getQName(i))) {
                return a.getValue(i);
            }
        }
        return null;
    }

    /** A relationships part: the target of the relationship with an id, or of a type. */
    private static final class RelsHandler extends DefaultHandler {
        private final String idOrType;
        String target;

        RelsHandler(String idOrType) {
            this.idOrType = idOrType;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            if (target != null || !"Relationship".equals(localName) || "External".equalsIgnoreCase(attr(a, "TargetMode"))) {
                return;
            }
            String type = attr(a, "Type");
            boolean match = idOrType.startsWith("/") ? type != null && type.endsWith(idOrType) : idOrType.equals(attr(a, "Id"));
            if (match) {
                target = attr(a, "Target");
            }
        }
    }

    /** The workbook part: its sheets' names and relationship ids, and its date system. */
    private static final class WorkbookHandler extends DefaultHandler {
        final List<String> names = new ArrayList<>();
        final List<String> ids = new ArrayList<>();
        boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            if ("workbookPr".equals(localName)) {
                String d = attr(a, "date1904");
                date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
            } else if ("sheet".equals(localName)) {
                names.add(attr(a, "name") == null ? "" : Normalizer.normalize(attr(a, "name"), Normalizer.Form.NFC));
                ids.add(attr(a, "id"));
            }
        }
    }

    /** The styles part: each cell style's number format, to tell percents and dates from plain numbers. */
    private static final class Formats extends DefaultHandler {
        final boolean date1904;
        private final Map<Integer, String> custom = new HashMap<>();
        private final List<Integer> styleFormat = new ArrayList<>();
        private boolean inCellXfs;

        Formats(boolean date1904) {
            this.date1904 = date1904;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (localName) {
                case "numFmt" -> {
                    Integer id = integer(attr(a, "numFmtId"));
                    if (id != null && attr(a, "formatCode") != null) {
                        custom.put(id, attr(a, "formatCode"));
                    }
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs) {
                        Integer id = integer(attr(a, "numFmtId"));
                        styleFormat.add(id == null ? 0 : id);
                    }
                }
                default -> {
                    // other parts of the styles: fonts, fills, borders
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("cellXfs".equals(localName)) {
                inCellXfs = false;
            }
        }

        int formatId(int style) {
            return style >= 0 && style < styleFormat.size() ? styleFormat.get(style) : 0;
        }

        String format(int formatId) {
            String f = custom.get(formatId);
            return f != null ? f : BuiltinFormats.getBuiltinFormat(formatId);
        }
    }

    private static Integer integer(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A handler that gathers the characters of the element being read into {@code text}, while it is not null. */
    private abstract static class Collecting extends DefaultHandler {
        StringBuilder text;

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null) {
                text.append(ch, start, length);
            }
        }
    }

    /** Stops the reading of a sheet at the first filled row past the limit. */
    private static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;

        Stop(InvalidEvidenceException e) {
            super(e);
        }
    }

    /** The sheet part, as SAX events: cells turned into {@link Cell}s as they end; the rows past the limit stop it. */
    private final class SheetHandler extends Collecting {
        private final String name;
        private final Formats formats;
        private final int maxRows;
        private final int maxColumns;
        final List<Cell[]> rows = new ArrayList<>();
        final List<CellRangeAddress> merged = new ArrayList<>();
        final List<CellProblem> problems = new ArrayList<>();
        /** The cells that show a shared string: the string's index, by row and column. */
        final Map<Long, Integer> strings = new HashMap<>();
        private final Map<String, String> sharedFormulas = new HashMap<>();
        private String dimension;
        private int row = -1;
        private int column = -1;
        private String type;
        private int style;
        private String formula;
        private boolean formulaTag;
        private String sharedIndex;
        private StringBuilder value;
        private StringBuilder inline;
        private boolean phonetic;

        SheetHandler(String name, Formats formats, int maxRows, int maxColumns) {
            this.name = name;
            this.formats = formats;
            this.maxRows = maxRows;
            this.maxColumns = maxColumns;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (localName) {
                case "dimension" -> dimension = attr(a, "ref");
                case "row" -> {
                    Integer r = integer(attr(a, "r"));
                    row = r == null ? row + 1 : r - 1;
                    column = -1;
                }
                case "c" -> {
                    String ref = attr(a, "r");
                    if (ref != null) {
                        CellReference cr = new CellReference(ref);
                        column = cr.getCol();
                        if (cr.getRow() >= 0) {
                            row = cr.getRow();
                        }
                    } else {
                        column++;
                    }
                    type = attr(a, "t") == null ? "n" : attr(a, "t");
                    Integer s = integer(attr(a, "s"));
                    style = s == null ? 0 : s;
                    formula = null;
                    formulaTag = false;
                    value = null;
                    inline = null;
                }
                case "f" -> {
                    formulaTag = true;
                    sharedIndex = attr(a, "si");
                    text = new StringBuilder();
                }
                case "v" -> text = value = new StringBuilder();
                case "is" -> inline = new StringBuilder();
                case "rPh" -> phonetic = true;
                case "t" -> {
                    if (inline != null && !phonetic) {
                        text = inline;
                    }
                }
                case "mergeCell" -> {
                    String ref = attr(a, "ref");
                    if (ref != null) {
                        try {
                            merged.add(CellRangeAddress.valueOf(ref));
                        } catch (IllegalArgumentException e) {
                            // not a range: nothing is hidden by it
                        }
                    }
                }
                default -> {
                    // the sheet's other parts (views, columns, validations, protection) are not read
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "f" -> {
                    String written = text.toString();
                    if (!written.isEmpty()) {
                        formula = written;
                        if (sharedIndex != null) {
                            sharedFormulas.put(sharedIndex, written);
                        }
                    } else if (sharedIndex != null) {
                        formula = sharedFormulas.get(sharedIndex);   // the shared formula's first cell writes it; the others only name it
                    }
                    text = null;
                }
                case "v" -> text = null;
                case "t" -> {
                    if (text == inline) {
                        text = null;
                    }
                }
                case "rPh" -> phonetic = false;
                case "c" -> cellEnd();
                default -> {
                    // nothing to finish
                }
            }
        }

        private void cellEnd() throws SAXException {
            boolean filled = value != null || formulaTag || inline != null;
            if (row >= maxRows && filled) {
                throw new Stop(new InvalidEvidenceException(rowsOf(dimension) > maxRows
                        ? Message.of("reporting.xlsx.tooManyRows", display, name, Integer.toString(row + 1), rowsOf(dimension), maxRows)
                        : Message.of("reporting.xlsx.tooManyRowsUnknown", display, name, Integer.toString(row + 1), maxRows)));
            }
            if (row < 0 || row >= maxRows || column < 0 || column >= maxColumns) {
                return;
            }
            while (rows.size() <= row) {
                rows.add(new Cell[0]);
            }
            Cell[] cells = rows.get(row);
            if (cells.length <= column) {
                cells = java.util.Arrays.copyOf(cells, column + 1);
                rows.set(row, cells);
            }
            try {
                cells[column] = cell();
            } catch (IllegalArgumentException e) {
                problems.add(new CellProblem(row, column, e.getMessage()));
                cells[column] = Cell.text("");
            }
        }

        /** The cell that just ended, as {@link Cell}; a shared string is looked up once the sheet is read. */
        private Cell cell() {
            String v = value == null ? null : value.toString();
            String t = type;
            if (formulaTag) {
                // no <v>, or an empty one (<v/>, as openpyxl and other programs write a formula they do not compute): no saved value
                if (v == null || v.isEmpty()) {
                    throw new IllegalArgumentException("a formula (=" + (formula == null ? "…" : formula) + ") without a saved value; dti never "
                            + "computes formulas. Open and save the file in Excel or LibreOffice so that the value is computed (it is then saved with "
                            + "the formula), or type the value instead" + ("str".equals(t)
                                    ? " (a formula that gives an empty text is refused too: clear the cell)." : "."));
                }
            }
            switch (t) {
                case "s" -> {
                    Integer index = v == null ? null : integer(v);
                    if (index == null) {
                        throw new IllegalArgumentException(text("reporting.xlsx.damagedText"));
                    }
                    strings.put(key(row, column), index);
                    return Cell.text("");
                }
                case "inlineStr" -> {
                    return Cell.text(nfc(inline == null ? (v == null ? "" : v) : inline.toString()));
                }
                case "str", "d" -> {
                    return Cell.text(nfc(v == null ? "" : v));
                }
                case "b" -> {
                    if (v == null || v.isEmpty()) {
                        return Cell.text("");
                    }
                    boolean yes = v.strip().equals("1") || v.strip().equalsIgnoreCase("true");
                    return new Cell(Boolean.toString(yes), null, false, null, yes);
                }
                case "e" -> throw new IllegalArgumentException("the cell shows an error (" + (v == null ? "#?" : v) + "); correct it or type the value.");
                default -> {
                    if (v == null || v.isBlank()) {
                        return Cell.text("");
                    }
                    double d;
                    try {
                        d = Double.parseDouble(v.strip());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(text("reporting.xlsx.damagedNumber", v));
                    }
                    int formatId = formats.formatId(style);
                    String format = formats.format(formatId);
                    if (format != null && DateUtil.isADateFormat(formatId, format) && DateUtil.isValidExcelDate(d)) {
                        return new Cell("", null, false, DateUtil.getLocalDateTime(d, formats.date1904).toLocalDate(), null);
                    }
                    boolean percent = format != null && format.replaceAll("\"[^\"]*\"", "").contains("%");
                    return new Cell("", d, percent, null, null);
                }
            }
        }

        /** The shared strings put in the cells that show them. */
        void resolve(Map<Integer, String> found) {
            for (Map.Entry<Long, Integer> e : strings.entrySet()) {
                int r = (int) (e.getKey() >> 32);
                int c = (int) (long) e.getKey();
                String s = found.get(e.getValue());
                if (s == null) {
                    problems.add(new CellProblem(r, c, text("reporting.xlsx.missingText", e.getValue().toString())));
                } else {
                    rows.get(r)[c] = Cell.text(nfc(s));
                }
            }
        }
    }

    /** A catalogue text in the environment's language: a cell's problem is a text the caller places (file, sheet, row, column). */
    private static String text(String key, Object... args) {
        return Messages.text(Language.fromEnvironment(), key, args);
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | (column & 0xFFFFFFFFL);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** The number of rows a dimension reference spans (A1:N1048576 is 1048576); 0 when there is none. */
    private static int rowsOf(String dimension) {
        if (dimension == null) {
            return 0;
        }
        try {
            return CellRangeAddress.valueOf(dimension.contains(":") ? dimension : dimension + ":" + dimension).getLastRow() + 1;
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    /** The shared strings part: of its texts, only those the sheet's cells use are kept. */
    private static final class StringsHandler extends Collecting {
        private final BitSet wanted = new BitSet();
        final Map<Integer, String> found = new HashMap<>();
        private int index = -1;
        private StringBuilder item;
        private boolean phonetic;

        StringsHandler(Map<Long, Integer> used) {
            used.values().forEach(i -> {
                if (i >= 0) {
                    wanted.set(i);
                }
            });
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (localName) {
                case "si" -> {
                    index++;
                    item = wanted.get(index) ? new StringBuilder() : null;
                }
                case "rPh" -> phonetic = true;
                case "t" -> text = item != null && !phonetic ? item : null;
                default -> {
                    // runs (r) and their properties: only their texts count
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "t" -> text = null;
                case "rPh" -> phonetic = false;
                case "si" -> {
                    if (item != null) {
                        found.put(index, item.toString());
                    }
                    item = null;
                }
                default -> {
                    // nothing to finish
                }
            }
        }
    }
}

package vn.dti.reporting.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.rules.XlsxGuard;

/**
 * What is checked before a submission file is parsed: its size (at most {@link #MAX_BYTES}), its
 * format (no .xlsm, .xls, .ods), and for a workbook its zip entries ({@code XlsxGuard}: not a zip
 * bomb; macros and links to other workbooks noted). Nothing in a workbook is ever evaluated or
 * executed: formula cells are read by the values the spreadsheet program saved with them, macros
 * are not run, links are not followed.
 */
public final class WorkbookGuard {
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private WorkbookGuard() {
    }

    /** The file's bytes, if it is at most 10 MB. */
    public static byte[] read(Path file, String display) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InvalidEvidenceException(display + ": " + size + " bytes, larger than the " + MAX_BYTES / (1024 * 1024)
                        + " MB a submission may have; an agency's workbook is a few hundred kilobytes. Is it the right file? (Not read.)");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidEvidenceException(display + ": no such file.");
        } catch (IOException e) {
            throw new InvalidEvidenceException(display + ": cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /** Refuses the formats dti does not read, naming what to save the file as. */
    public static void checkExtension(String fileName, String display) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsm") || lower.endsWith(".xltm")) {
            throw new InvalidEvidenceException(display + ": a workbook with macros (.xlsm) is not read: dti never runs macros. Save it as an Excel "
                    + "workbook (.xlsx) without macros.");
        }
        if (lower.endsWith(".xls")) {
            throw new InvalidEvidenceException(display + ": the old Excel format (.xls) is not read. Save it as an Excel workbook (.xlsx).");
        }
        if (lower.endsWith(".ods")) {
            throw new InvalidEvidenceException(display + ": an OpenDocument spreadsheet (.ods) is not read. Save it as an Excel workbook (.xlsx).");
        }
    }

    /**
     * Walks the workbook's zip entries before POI opens it (XlsxGuard, shared with the decision
     * tables): a zip bomb is refused; macros and links to other workbooks are not refused but noted,
     * since only the values the spreadsheet program saved are read: no macro is run, no link is
     * followed, no formula is computed.
     *
     * @return the notes for the reader, e.g. "Sở X.xlsx holds macros (xl/vbaProject.bin): ignored, not run."
     */
    public static List<String> checkWorkbook(byte[] bytes, String display) {
        XlsxGuard.Parts parts = XlsxGuard.inspect(bytes, display, InvalidEvidenceException::new);
        List<String> notes = new ArrayList<>();
        String name = display.substring(Math.max(display.lastIndexOf('/'), display.lastIndexOf('\\')) + 1);
        if (!parts.macros().isEmpty()) {
            notes.add(name + " holds macros (" + String.join(", ", parts.macros()) + "): ignored, not run; its saved values were read.");
        }
        if (!parts.externalLinks().isEmpty()) {
            notes.add(name + " links to other workbooks (" + String.join(", ", parts.externalLinks()) + "): the links were not followed; the values "
                    + "the spreadsheet program saved in it were read (check them against the other workbooks).");
        }
        return notes;
    }
}

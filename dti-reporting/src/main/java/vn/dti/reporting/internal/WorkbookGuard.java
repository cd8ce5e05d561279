package vn.dti.reporting.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import vn.dti.api.InvalidEvidenceException;

/**
 * What is checked before a submission file is parsed: its size (at most {@link #MAX_BYTES}), its
 * format (no .xlsm, .xls, .ods), and for a workbook its zip entries ({@code XlsxGuard}: no macros,
 * no links to other workbooks, not a zip bomb). Nothing in a workbook is ever evaluated or
 * executed: formula cells are read by the values the spreadsheet program saved with them.
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

    /** Walks the workbook's zip entries before POI opens it (XlsxGuard, shared with the decision tables). */
    public static void checkWorkbook(byte[] bytes, String display) {
        vn.dti.rules.XlsxGuard.check(bytes, display, InvalidEvidenceException::new);
    }
}

package vn.dti.reporting.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.dti.api.InvalidEvidenceException;

/**
 * What is checked before a submission file is parsed: its size (at most {@link #MAX_BYTES}), and
 * for a workbook, by walking its zip entries with counted, bounded reads (nothing is expanded
 * into memory): no macros (a {@code vbaProject} part, or an {@code .xlsm} file), no links to
 * other workbooks ({@code externalLinks} parts), not a zip bomb (at most {@link #MAX_ENTRIES}
 * entries, {@link #MAX_EXPANDED} bytes in all, and no large entry expanding more than
 * {@link #MAX_RATIO} times). Nothing in a workbook is ever evaluated or executed: formula cells
 * are read by the values the spreadsheet program saved with them.
 */
public final class WorkbookGuard {
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_ENTRIES = 1_000;
    static final long MAX_EXPANDED = 100L * 1024 * 1024;
    static final long MAX_RATIO = 100;
    /** Entries smaller than this may compress any amount (a sheet of blank cells does). */
    static final long RATIO_FLOOR = 1024L * 1024;

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

    /** Walks the workbook's zip entries before POI opens it. */
    public static void checkWorkbook(byte[] bytes, String display) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new InvalidEvidenceException(display + ": not an Excel workbook (.xlsx is a zip file; this one is not)"
                    + (bytes.length == 0 ? ": the file is empty." : ". Save it from the spreadsheet program as an Excel workbook (.xlsx)."));
        }
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries++;
                if (entries > MAX_ENTRIES) {
                    throw new InvalidEvidenceException(display + ": more than " + MAX_ENTRIES + " parts in the workbook; refused, not expanded "
                            + "(an agency's workbook has about twenty).");
                }
                String name = e.getName().toLowerCase(Locale.ROOT);
                if (name.contains("vbaproject")) {
                    throw new InvalidEvidenceException(display + ": the workbook holds macros (" + e.getName() + "); it is not read, and nothing in it "
                            + "is run. Save it as an Excel workbook (.xlsx) without macros.");
                }
                if (name.startsWith("xl/externallinks/")) {
                    throw new InvalidEvidenceException(display + ": the workbook links to other workbooks (" + e.getName() + "); values that come from "
                            + "another file cannot be checked. Nothing was evaluated. Replace the links by their values (Excel: Data > Edit Links > "
                            + "Break Link) and save again.");
                }
                long size = 0;
                int n;
                InputStream in = zip;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (total > MAX_EXPANDED) {
                        throw new InvalidEvidenceException(display + ": the workbook expands to more than " + MAX_EXPANDED / (1024 * 1024)
                                + " MB; refused as a zip bomb, not expanded further.");
                    }
                }
                long compressed = e.getCompressedSize();
                if (size > RATIO_FLOOR && compressed > 0 && size / compressed > MAX_RATIO) {
                    throw new InvalidEvidenceException(display + ": the part " + e.getName() + " expands " + size / compressed
                            + " times (more than " + MAX_RATIO + "); refused as a zip bomb.");
                }
            }
        } catch (IOException ex) {
            throw new InvalidEvidenceException(display + ": not a readable Excel workbook (" + ex.getMessage() + "). Save it again as .xlsx.", ex);
        }
        if (entries == 0) {
            throw new InvalidEvidenceException(display + ": not an Excel workbook (an empty zip file).");
        }
    }
}

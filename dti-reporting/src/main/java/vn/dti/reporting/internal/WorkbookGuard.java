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
import vn.dti.text.Language;
import vn.dti.text.Message;
import vn.dti.text.Messages;

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

    /** A note in the run's language ({@link Language#fromEnvironment()}). */
    private static String text(String key, Object... args) {
        return Messages.text(Language.fromEnvironment(), key, args);
    }

    /** The file's bytes, if it is at most 10 MB. */
    public static byte[] read(Path file, String display) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InvalidEvidenceException(Message.of("reporting.file.tooLargeOnDisk", display, size, MAX_BYTES / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidEvidenceException(Message.of("reporting.file.none", display));
        } catch (IOException e) {
            throw new InvalidEvidenceException(Message.of("reporting.file.unreadable", display, String.valueOf(e.getMessage())), e);
        }
    }

    /** Refuses the formats dti does not read, naming what to save the file as. */
    public static void checkExtension(String fileName, String display) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsm") || lower.endsWith(".xltm")) {
            throw new InvalidEvidenceException(Message.of("reporting.file.xlsm", display));
        }
        if (lower.endsWith(".xls")) {
            throw new InvalidEvidenceException(Message.of("reporting.file.xls", display));
        }
        if (lower.endsWith(".ods")) {
            throw new InvalidEvidenceException(Message.of("reporting.file.ods", display));
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
            notes.add(text("reporting.file.macrosNoted", name, String.join(", ", parts.macros())));
        }
        if (!parts.externalLinks().isEmpty()) {
            notes.add(text("reporting.file.linksNoted", name, String.join(", ", parts.externalLinks())));
        }
        return notes;
    }
}

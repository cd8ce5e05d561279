package vn.dti.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What is checked in an Excel workbook (.xlsx, a zip file) before Apache POI opens it, by walking
 * its zip entries with counted, bounded reads (nothing is expanded into memory): no macros (a
 * {@code vbaProject} part), no links to other workbooks ({@code externalLinks} parts), not a zip
 * bomb (at most {@link #MAX_ENTRIES} entries, {@link #MAX_EXPANDED} bytes in all, and no large
 * entry expanding more than {@link #MAX_RATIO} times). This leaves POI's process-wide
 * {@code ZipSecureFile} settings as the embedding application set them. Decision tables are
 * {@link #check checked} (macros and links refused); agencies' workbooks are {@link #inspect
 * inspected} (their saved values are read; macros and links are listed, never run or followed).
 * Nothing in a workbook is ever evaluated or executed. Stateless; safe from any thread.
 *
 * <pre>{@code
 * XlsxGuard.check(bytes, "scoring.xlsx", InvalidMethodologyException::new);   // then open it with POI
 * }</pre>
 */
public final class XlsxGuard {
    /** The most zip entries (parts) a workbook may have. */
    public static final int MAX_ENTRIES = 1_000;
    /** The most bytes a workbook's parts may expand to, in all. */
    public static final long MAX_EXPANDED = 100L * 1024 * 1024;
    /** The most a part larger than {@link #RATIO_FLOOR} may expand, as a multiple of its compressed size. */
    public static final long MAX_RATIO = 100;
    /** Entries smaller than this may compress any amount (a sheet of blank cells does). */
    public static final long RATIO_FLOOR = 1024L * 1024;

    private XlsxGuard() {
    }

    /**
     * The macro projects and external links a workbook holds (part names), found by {@link #inspect}.
     *
     * @param macros        the parts holding macros, e.g. {@code xl/vbaProject.bin}
     * @param externalLinks the parts linking to other workbooks, e.g. {@code xl/externalLinks/externalLink1.xml}
     */
    public record Parts(List<String> macros, List<String> externalLinks) {
        /**
         * Copies the lists.
         *
         * @param macros        not null; copied
         * @param externalLinks not null; copied
         * @throws NullPointerException if a list is null
         */
        public Parts {
            macros = List.copyOf(macros);
            externalLinks = List.copyOf(externalLinks);
        }
    }

    /**
     * Walks the workbook's zip entries, throwing at the first thing refused: a macro project, a link
     * to another workbook, more than {@link #MAX_ENTRIES} parts, more than {@link #MAX_EXPANDED}
     * bytes in all, or a large part expanding more than {@link #MAX_RATIO} times.
     *
     * @param bytes   the workbook's bytes
     * @param display what the messages call the file (its path as the user gave it)
     * @param error   makes the exception of the caller's family (a methodology's, an evidence file's)
     *                from a message that starts with {@code display}
     * @throws RuntimeException made by {@code error}, naming what was refused; also when the bytes
     *                          are not a zip file
     */
    public static void check(byte[] bytes, String display, Function<String, ? extends RuntimeException> error) {
        Parts p = inspect(bytes, display, error);
        if (!p.macros().isEmpty()) {
            throw error.apply(display + ": the workbook holds macros (" + p.macros().get(0) + "); it is not read, and nothing in it "
                    + "is run. Save it as an Excel workbook (.xlsx) without macros.");
        }
        if (!p.externalLinks().isEmpty()) {
            throw error.apply(display + ": the workbook links to other workbooks (" + p.externalLinks().get(0) + "); values that come from "
                    + "another file cannot be checked. Nothing was evaluated. Replace the links by their values (Excel: Data > Edit Links > "
                    + "Break Link) and save again.");
        }
    }

    /**
     * Walks the workbook's zip entries like {@link #check}, refusing a zip bomb, but lists the macro
     * projects and external links instead of refusing them: for a caller that reads only the values
     * the spreadsheet program saved (nothing is run, no link is followed).
     *
     * @param bytes   the workbook's bytes
     * @param display what the messages call the file
     * @param error   makes the exception of the caller's family from a message that starts with
     *                {@code display}
     * @return the macro projects and external links found (empty lists when none)
     * @throws RuntimeException made by {@code error} for a zip bomb or bytes that are not a zip file
     */
    public static Parts inspect(byte[] bytes, String display, Function<String, ? extends RuntimeException> error) {
        List<String> macros = new ArrayList<>();
        List<String> links = new ArrayList<>();
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw error.apply(display + ": not an Excel workbook (.xlsx is a zip file; this one is not)"
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
                    throw error.apply(display + ": more than " + MAX_ENTRIES + " parts in the workbook; refused, not expanded "
                            + "(a workbook of a few sheets has about twenty).");
                }
                String name = e.getName().toLowerCase(Locale.ROOT);
                if (name.contains("vbaproject")) {
                    macros.add(e.getName());
                }
                if (name.startsWith("xl/externallinks/") && !name.contains("/_rels/")) {
                    links.add(e.getName());
                }
                long size = 0;
                int n;
                InputStream in = zip;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (total > MAX_EXPANDED) {
                        throw error.apply(display + ": the workbook expands to more than " + MAX_EXPANDED / (1024 * 1024)
                                + " MB; refused as a zip bomb, not expanded further.");
                    }
                }
                long compressed = e.getCompressedSize();
                if (size > RATIO_FLOOR && compressed > 0 && size / compressed > MAX_RATIO) {
                    throw error.apply(display + ": the part " + e.getName() + " expands " + size / compressed
                            + " times (more than " + MAX_RATIO + "); refused as a zip bomb.");
                }
            }
        } catch (IOException ex) {
            throw error.apply(display + ": not a readable Excel workbook (" + ex.getMessage() + "). Save it again as .xlsx.");
        }
        if (entries == 0) {
            throw error.apply(display + ": not an Excel workbook (an empty zip file).");
        }
        return new Parts(macros, links);
    }
}

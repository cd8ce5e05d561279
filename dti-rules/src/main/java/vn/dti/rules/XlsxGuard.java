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
import vn.dti.text.Language;
import vn.dti.text.Messages;

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
            throw error.apply(text("rules.xlsx.macros", display, p.macros().get(0)));
        }
        if (!p.externalLinks().isEmpty()) {
            throw error.apply(text("rules.xlsx.links", display, p.externalLinks().get(0)));
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
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0) {
            throw error.apply(text(encrypted(bytes) ? "rules.xlsx.encrypted" : "rules.xlsx.oldOffice", display));
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw error.apply(text(bytes.length == 0 ? "rules.xlsx.emptyFile" : "rules.xlsx.notZip", display));
        }
        long[] total = {0};   // every part's bytes, as they are expanded
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries++;
                if (entries > MAX_ENTRIES) {
                    throw error.apply(text("rules.xlsx.tooManyParts", display, MAX_ENTRIES));
                }
                String name = e.getName().toLowerCase(Locale.ROOT);
                if (name.contains("vbaproject")) {
                    macros.add(e.getName());
                }
                if (name.startsWith("xl/externallinks/") && !name.contains("/_rels/")) {
                    links.add(e.getName());
                }
                Counted in = new Counted(zip, total, display, error);
                if (name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml")) {
                    if (doctype(in) != null) {
                        throw error.apply(text("rules.xlsx.doctype", display, e.getName()));
                    }
                }
                while (in.read(buffer) >= 0) {
                    // counted as it is read
                }
                long size = in.count;
                long compressed = e.getCompressedSize();
                if (size > RATIO_FLOOR && compressed > 0 && size / compressed > MAX_RATIO) {
                    throw error.apply(text("rules.xlsx.ratio", display, e.getName(), size / compressed, MAX_RATIO));
                }
            }
        } catch (IOException ex) {
            throw error.apply(text("rules.xlsx.damaged", display, String.valueOf(ex.getMessage())));
        }
        if (entries == 0) {
            throw error.apply(text("rules.xlsx.emptyZip", display));
        }
        return new Parts(macros, links);
    }

    /** A catalogue text in the environment's language (messages here are texts the caller's exception family carries). */
    private static String text(String key, Object... args) {
        return Messages.text(Language.fromEnvironment(), key, args);
    }

    /** True when an OLE2 compound file holds an encrypted Office document (its directory names the stream "EncryptionInfo"). */
    private static boolean encrypted(byte[] bytes) {
        byte[] name = "EncryptionInfo".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        outer:
        for (int i = 0; i + name.length <= bytes.length; i++) {
            for (int j = 0; j < name.length; j++) {
                if (bytes[i + j] != name[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * "&lt;!DOCTYPE …&gt;" when an XML part declares a document type before its first element
     * ({@code <!DOCTYPE x [...]>}), or null when it has none: the prolog is read as far as the first element, past
     * the XML declaration, comments and processing instructions, however long they are.
     */
    static String doctype(InputStream in) throws IOException {
        java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 4);
        byte[] bom = p.readNBytes(4);
        java.nio.charset.Charset cs = java.nio.charset.StandardCharsets.UTF_8;
        if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF) {
            cs = java.nio.charset.StandardCharsets.UTF_16BE;
        } else if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE) {
            cs = java.nio.charset.StandardCharsets.UTF_16LE;
        } else if (bom.length >= 2 && bom[0] == 0 && bom[1] == '<') {
            cs = java.nio.charset.StandardCharsets.UTF_16BE;
        } else if (bom.length >= 2 && bom[0] == '<' && bom[1] == 0) {
            cs = java.nio.charset.StandardCharsets.UTF_16LE;
        }
        p.unread(bom);
        java.io.Reader r = new java.io.BufferedReader(new java.io.InputStreamReader(p, cs.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE).onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)));
        int c = r.read();
        if (c == 0xFEFF) {
            c = r.read();
        }
        while (c >= 0) {
            if (Character.isWhitespace(c)) {
                c = r.read();
                continue;
            }
            if (c != '<') {
                return null;   // not XML: the reader says so
            }
            c = r.read();
            if (c == '?') {
                skipPast(r, "?>");
            } else if (c == '!') {
                StringBuilder head = new StringBuilder();
                for (int i = 0; i < 7 && (c = r.read()) >= 0; i++) {
                    head.append((char) c);
                }
                if (head.toString().startsWith("--")) {
                    skipPast(r, "-->");
                } else if (head.toString().equalsIgnoreCase("DOCTYPE")) {
                    return "<!DOCTYPE …>";   // what it declares is not repeated: it is the attacker's text
                } else {
                    return null;
                }
            } else {
                return null;   // the first element: the prolog is over
            }
            c = r.read();
        }
        return null;
    }

    private static void skipPast(java.io.Reader r, String end) throws IOException {
        int matched = 0;
        int c;
        while (matched < end.length() && (c = r.read()) >= 0) {
            matched = c == end.charAt(matched) ? matched + 1 : (c == end.charAt(0) ? 1 : 0);
        }
    }

    /** A part's stream, counting what it expands to against the workbook's limit. */
    private static final class Counted extends InputStream {
        private final InputStream in;
        private final long[] total;
        private final String display;
        private final Function<String, ? extends RuntimeException> error;
        long count;

        Counted(InputStream in, long[] total, String display, Function<String, ? extends RuntimeException> error) {
            this.in = in;
            this.total = total;
            this.display = display;
            this.error = error;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
                total[0] += n;
                if (total[0] > MAX_EXPANDED) {
                    throw error.apply(text("rules.xlsx.expanded", display, MAX_EXPANDED / (1024 * 1024)));
                }
            }
            return n;
        }
    }
}

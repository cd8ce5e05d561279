package vn.dti.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dti.text.Message;

/**
 * The evidence documents sent with a submission (the form's {@code document} parts): scans as PDF
 * or images, each at most {@link #MAX_FILE_BYTES}, all at most {@link #MAX_TOTAL_BYTES}. The kind is
 * read from the file's first bytes, never taken from its name or from what the client says.
 */
final class Documents {
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;
    static final int MAX_FILES = 50;

    private Documents() {
    }

    static List<ReportingStore.Attached> read(Context ctx) {
        return read(ctx, List.of("document")).getOrDefault("document", List.of());
    }

    /** The documents of these file fields (the clerk form's: one per component), by field, with the limits on them all together. */
    static Map<String, List<ReportingStore.Attached>> read(Context ctx, List<String> fields) {
        List<Http.Upload> parts = new ArrayList<>();
        for (String field : fields) {
            parts.addAll(Http.files(ctx, field, MAX_FILE_BYTES));
        }
        if (parts.size() > MAX_FILES) {
            throw Problem.tooLarge(Text.tooManyDocuments(parts.size(), MAX_FILES));
        }
        long total = 0;
        Map<String, List<ReportingStore.Attached>> out = new LinkedHashMap<>();
        List<Message> problems = new ArrayList<>();
        for (Http.Upload u : parts) {
            total += u.bytes().length;
            String type = kind(u.bytes());
            if (type == null) {
                problems.add(Text.notADocument(u.name()));
            } else {
                out.computeIfAbsent(u.field(), f -> new ArrayList<>()).add(new ReportingStore.Attached(u.name(), type, u.bytes()));
            }
        }
        if (total > MAX_TOTAL_BYTES) {
            throw Problem.tooLarge(Text.documentsTooLarge(total, MAX_TOTAL_BYTES));
        }
        if (!problems.isEmpty()) {
            throw Problem.unprocessable("BAD_DOCUMENT", problems);
        }
        return out;
    }

    /** The media type by the file's signature: PDF, PNG, JPEG, TIFF; null for anything else. */
    static String kind(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2d)) {
            return "application/pdf";
        }
        if (starts(b, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) {
            return "image/png";
        }
        if (starts(b, 0xff, 0xd8, 0xff)) {
            return "image/jpeg";
        }
        if (starts(b, 0x49, 0x49, 0x2a, 0x00) || starts(b, 0x4d, 0x4d, 0x00, 0x2a)) {
            return "image/tiff";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... signature) {
        if (b.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((b[i] & 0xff) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}

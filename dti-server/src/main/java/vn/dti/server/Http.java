package vn.dti.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.dti.json.DtiJson;
import vn.dti.reporting.AgencyWorkbooks;
import vn.dti.text.Language;
import vn.dti.text.Message;

/**
 * Reading requests and writing answers, the same way in every handler: files come as the parts of
 * a multipart form named after the command line's options ({@code evidence}, {@code cohort},
 * {@code targets}, …), each read with a size limit and named in messages by the file name it was
 * sent with; answers are the library's own JSON ({@link DtiJson#write}), byte for byte what the
 * command line prints.
 */
final class Http {
    /** The largest request the service reads (a submission with its documents). */
    static final long MAX_REQUEST_BYTES = 80L * 1024 * 1024;
    /** The largest JSON file accepted (evidence, cohort, targets, effort, appraisal). */
    static final long MAX_JSON_BYTES = 10L * 1024 * 1024;
    static final String JSON = "application/json; charset=utf-8";
    static final String MULTIPART = "multipart/form-data";

    private Http() {
    }

    /**
     * A file of a request: the form field it came in, the name messages give it (the file name it
     * was sent with, without any folder; the field's name when it had none), and its bytes.
     */
    record Upload(String field, String name, byte[] bytes, String contentType) {
    }

    /** A required file part. */
    static Upload file(Context ctx, String field, long maxBytes) {
        Upload u = optionalFile(ctx, field, maxBytes);
        if (u == null) {
            throw Problem.badRequest("MISSING_PART", Text.missingPart(field));
        }
        return u;
    }

    /** A file part, or null when the form has none of that name. */
    static Upload optionalFile(Context ctx, String field, long maxBytes) {
        List<Upload> all = files(ctx, field, maxBytes);
        if (all.size() > 1) {
            throw Problem.badRequest("REPEATED_PART", Text.repeatedPart(field));
        }
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every file part of that name, in the order sent; a file field a browser sends empty (no file chosen: no name, no bytes) is none. */
    static List<Upload> files(Context ctx, String field, long maxBytes) {
        requireMultipart(ctx);
        return ctx.uploadedFiles(field).stream().filter(f -> f.size() > 0 || f.filename() != null && !f.filename().isBlank())
                .map(f -> read(f, field, maxBytes)).toList();
    }

    private static Upload read(UploadedFile f, String field, long maxBytes) {
        String name = fileName(f.filename(), field);
        if (f.size() > maxBytes) {
            throw Problem.tooLarge(Text.tooLarge(name, f.size(), maxBytes));
        }
        try (InputStream in = f.content()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw Problem.tooLarge(Text.tooLarge(name, bytes.length, maxBytes));
            }
            return new Upload(field, name, bytes, f.contentType());
        } catch (IOException e) {
            throw Problem.badRequest("UNREADABLE_PART", Text.unreadablePart(field));
        }
    }

    /** The file name as sent, without any folder or control character; the field's name when there is none. */
    static String fileName(String sent, String field) {
        String n = sent == null ? "" : sent;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.replaceAll("[\\p{Cntrl}]", "").strip();
        if (n.length() > 200) {
            n = n.substring(0, 200);
        }
        return n.isEmpty() || n.equals(".") || n.equals("..") ? field : n;
    }

    /** The request's body as one JSON file (a client that posts the evidence itself, not a form). */
    static Upload jsonBody(Context ctx, String name) {
        if (ctx.contentLength() > MAX_JSON_BYTES) {
            throw Problem.tooLarge(Text.tooLarge(name, ctx.contentLength(), MAX_JSON_BYTES));
        }
        byte[] bytes;
        try (InputStream in = ctx.bodyInputStream()) {
            long declared = ctx.contentLength();
            if (declared >= 0) {
                // its length is known (within the limit) and HTTP ends the body there: one array of that size
                byte[] exact = new byte[(int) declared];
                int read = in.readNBytes(exact, 0, exact.length);
                bytes = read == exact.length ? exact : Arrays.copyOf(exact, read);
            } else {
                bytes = in.readNBytes((int) MAX_JSON_BYTES + 1);
            }
        } catch (IOException e) {
            throw Problem.badRequest("UNREADABLE_BODY", Text.unreadablePart(name));
        }
        if (bytes.length > MAX_JSON_BYTES) {
            throw Problem.tooLarge(Text.tooLarge(name, bytes.length, MAX_JSON_BYTES));
        }
        return new Upload("body", name, bytes, ctx.contentType());
    }

    /** A JSON body read as one of the service's small request records ({@code {"name": …, "role": …}}). */
    static <T> T jsonRequest(Context ctx, Class<T> type) {
        if (!ctx.isJson()) {
            throw Problem.unsupported(Text.expectedJson());
        }
        Upload body = jsonBody(ctx, "request body");
        return DtiJson.read(body.bytes(), "request body", type, null, m -> new vn.dti.api.DtiException(m));
    }

    static void requireMultipart(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            throw Problem.unsupported(Text.expectedMultipart());
        }
    }

    /** A text field of the form (or the query), or null. */
    static String field(Context ctx, String name) {
        String q = ctx.queryParam(name);
        if (q != null) {
            return q;
        }
        return ctx.isMultipartFormData() || ctx.isFormUrlencoded() ? ctx.formParam(name) : null;
    }

    /** Every value of a repeated text field ({@code set}, {@code target}), query and form together. */
    static List<String> fields(Context ctx, String name) {
        List<String> out = new java.util.ArrayList<>(ctx.queryParams(name));
        if (ctx.isMultipartFormData() || ctx.isFormUrlencoded()) {
            out.addAll(ctx.formParams(name));
        }
        return out;
    }

    /** A whole number field with a default and a least value. */
    static int intField(Context ctx, String name, int fallback, int least) {
        String v = field(ctx, name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < least) {
                throw Problem.badRequest("BAD_FIELD", Text.atLeast(name, least, v));
            }
            return n;
        } catch (NumberFormatException e) {
            throw Problem.badRequest("BAD_FIELD", Text.notAWholeNumber(name, v));
        }
    }

    /** One of the allowed values, or the default. */
    static String oneOf(Context ctx, String name, String fallback, String... allowed) {
        String v = field(ctx, name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        for (String a : allowed) {
            if (a.equals(v)) {
                return v;
            }
        }
        throw Problem.badRequest("BAD_FIELD", Text.oneOf(name, v, allowed));
    }

    /** A day (yyyy-mm-dd or dd/mm/yyyy), or {@code fallback}. */
    static LocalDate day(Context ctx, String name, LocalDate fallback) {
        String v = field(ctx, name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return AgencyWorkbooks.day(v);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("BAD_FIELD", Text.aboutField(name + ":", Message.text(e.getMessage())));
        }
    }

    /** Responses up to this size are sent whole, with their length (a score card is about 40 KB); larger ones in chunks. */
    static final int WHOLE_RESPONSE_BYTES = 128 * 1024;

    /** Answers with the library's JSON of {@code value}, as the command line writes it. */
    static void json(Context ctx, Object value) {
        json(ctx, 200, value);
    }

    /** Answers with the library's JSON of {@code value}, its texts in the language the request's Accept-Language prefers (Vietnamese by default). */
    static void json(Context ctx, int status, Object value) {
        Language language = Language.fromAcceptLanguage(ctx.header("Accept-Language"));
        ExactBytes bytes = new ExactBytes();
        try {
            DtiJson.write(value, language, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a stream in memory does not fail
        }
        if (bytes.bytes().length <= WHOLE_RESPONSE_BYTES) {
            // a response Jetty holds whole is sent with its Content-Length, in one write; beyond its buffer (32 KB by default) it goes in
            // chunks, which cost the client and the server a copy and the framing of each piece
            ctx.res().setBufferSize(WHOLE_RESPONSE_BYTES);
        }
        ctx.status(status).contentType(JSON).result(bytes.bytes());
    }

    /** What is written, in an array of its own length: the library writes a card in one piece, so one copy and no buffer to grow. */
    private static final class ExactBytes extends java.io.OutputStream {
        private byte[] bytes = new byte[0];

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            byte[] joined = java.util.Arrays.copyOf(bytes, bytes.length + len);
            System.arraycopy(b, off, joined, bytes.length, len);
            bytes = joined;
        }

        byte[] bytes() {
            return bytes;
        }
    }

    /** Answers with a file to save (a workbook, a zip), named for the browser. */
    static void download(Context ctx, byte[] bytes, String contentType, String fileName) {
        ctx.contentType(contentType).header("Content-Disposition", contentDisposition(fileName)).result(bytes);
    }

    /** attachment; filename="ascii"; filename*=UTF-8''percent-encoded (RFC 6266), for Vietnamese names. */
    static String contentDisposition(String fileName) {
        String ascii = java.text.Normalizer.normalize(fileName, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')
                .replaceAll("[^A-Za-z0-9._ -]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

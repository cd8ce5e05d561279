package vn.dti.server;

import java.util.List;
import vn.dti.text.Language;
import vn.dti.text.Localized;

/**
 * A request the service refuses, answered as RFC 9457 {@code application/problem+json}: the HTTP
 * status, a stable code for programs, the message for people (the library's own words, which name
 * the file, sheet, row and column) and, when there are several, every problem. Never carries a
 * stack trace, SQL or a class name: {@link Problems} makes one of these from anything thrown.
 */
final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final transient Localized detail;
    private final transient List<Localized> problems;

    /**
     * @param detail   the message; several lines (the library's way of listing problems) are several problems
     * @param problems every problem, when they come one by one (else none: the detail's lines are the problems)
     */
    Problem(int status, String code, Localized detail, List<? extends Localized> problems) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.problems = problems == null ? List.of() : List.copyOf(problems);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** Each problem, written in the language: the problems given, else the detail's lines. */
    List<String> problems(Language language) {
        if (!problems.isEmpty()) {
            return problems.stream().map(p -> p.in(language)).toList();
        }
        return List.of(detail.in(language).split("\n"));
    }

    /** The detail in the language: the message, or, for several problems, how many there are. */
    String detail(Language language) {
        List<String> all = problems(language);
        return all.size() == 1 ? all.get(0) : Text.problemsFound(all.size()).in(language);
    }

    static Problem badRequest(String code, Localized detail) {
        return new Problem(400, code, detail, null);
    }

    static Problem unauthorized(Localized detail) {
        return new Problem(401, "NOT_SIGNED_IN", detail, null);
    }

    static Problem forbidden(String code, Localized detail) {
        return new Problem(403, code, detail, null);
    }

    static Problem notFound(String code, Localized detail) {
        return new Problem(404, code, detail, null);
    }

    static Problem conflict(String code, Localized detail) {
        return new Problem(409, code, detail, null);
    }

    static Problem tooLarge(Localized detail) {
        return new Problem(413, "TOO_LARGE", detail, null);
    }

    static Problem unsupported(Localized detail) {
        return new Problem(415, "UNSUPPORTED_MEDIA_TYPE", detail, null);
    }

    /** Content that was read and refused: every problem, each naming its place. */
    static Problem unprocessable(String code, List<? extends Localized> problems) {
        return new Problem(422, code, problems.get(0), problems);
    }

    /** The library's refusal, one problem a line. */
    static Problem unprocessable(String code, Localized message) {
        return new Problem(422, code, message, null);
    }

    /** The service cannot take the request now; it may be sent again later. */
    static Problem busy(Localized detail) {
        return new Problem(503, "BUSY", detail, null);
    }

    static Problem tooManyRequests(Localized detail) {
        return new Problem(429, "TOO_MANY_ATTEMPTS", detail, null);
    }
}

package vn.dti.server;

import java.util.List;

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
    private final List<String> problems;

    Problem(int status, String code, String detail, List<String> problems) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.problems = problems == null ? List.of() : List.copyOf(problems);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String detail() {
        return getMessage();
    }

    List<String> problems() {
        return problems;
    }

    static Problem badRequest(String code, String detail) {
        return new Problem(400, code, detail, null);
    }

    static Problem unauthorized(String detail) {
        return new Problem(401, "NOT_SIGNED_IN", detail, null);
    }

    static Problem forbidden(String code, String detail) {
        return new Problem(403, code, detail, null);
    }

    static Problem notFound(String code, String detail) {
        return new Problem(404, code, detail, null);
    }

    static Problem conflict(String code, String detail) {
        return new Problem(409, code, detail, null);
    }

    static Problem tooLarge(String detail) {
        return new Problem(413, "TOO_LARGE", detail, null);
    }

    static Problem unsupported(String detail) {
        return new Problem(415, "UNSUPPORTED_MEDIA_TYPE", detail, null);
    }

    /** Content that was read and refused: every problem, each naming its place. */
    static Problem unprocessable(String code, List<String> problems) {
        return new Problem(422, code, problems.size() == 1 ? problems.get(0) : Text.problemsFound(problems.size()), problems);
    }

    static Problem tooManyRequests(String detail) {
        return new Problem(429, "TOO_MANY_ATTEMPTS", detail, null);
    }
}

package vn.dti.server.internal;

import java.util.List;

/**
 * A page that only says something: an error, a refusal, a limit.
 *
 * @param status  the HTTP status
 * @param heading what happened
 * @param lines   the details, each a line
 * @param back    where to go from here
 */
public record Notice(int status, String heading, List<String> lines, String back) {
}

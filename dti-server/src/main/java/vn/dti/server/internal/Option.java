package vn.dti.server.internal;

/**
 * A choice of a {@code <select>}.
 *
 * @param value    what is sent
 * @param label    what is shown
 * @param selected whether it is the one chosen
 */
public record Option(String value, String label, boolean selected) {
}

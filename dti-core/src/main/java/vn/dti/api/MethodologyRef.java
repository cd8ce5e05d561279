package vn.dti.api;

/**
 * Which methodology scored a card, so that two cards can be told apart when the methodology folder
 * was edited in between.
 *
 * @param id      the methodology's id, e.g. {@code vn-dti-province-2025}
 * @param version the version of the folder's contents: a hash of every file the methodology was
 *                loaded from, so any edit gives another version
 */
public record MethodologyRef(String id, String version) {
}

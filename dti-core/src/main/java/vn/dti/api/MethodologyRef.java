package vn.dti.api;

/** Which methodology scored a card: its id and the version (a hash of its folder's files). */
public record MethodologyRef(String id, String version) {
}

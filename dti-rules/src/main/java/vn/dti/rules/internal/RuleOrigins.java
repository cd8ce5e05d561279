package vn.dti.rules.internal;

import java.util.Map;
import vn.dti.scoring.RuleLocation;
import vn.dti.text.Message;

/**
 * Where each compiled rule comes from: the name an explanation shows (a decision table's
 * generated name "Chấm điểm_12" shows as its component, "3.4"), its file, and its place in the
 * file (a table's sheet, row and column; a rule file's line).
 */
public final class RuleOrigins {
    /**
     * One rule's label, file and place.
     *
     * @param where the rule's place: a table's cell, a rule file's line (0 when not known)
     */
    public record Origin(String label, String file, RuleLocation where) {
        /** "scoring.csv, row 12, column D", "bonus.drl:7"; the file alone when the line is not known (data and logs: {@link RuleLocation#toString()}). */
        public String location() {
            return where.toString();
        }

        /** The rule's line in a rule file, or its row in a table; 0 when not known. */
        public int line() {
            return where.line();
        }
    }

    private final Map<String, Origin> byName;
    /** By label: the origin a scan of the names finds first, found once instead of on every look-up. */
    private final Map<String, Origin> byLabel;
    /** By label and by compiled name, "rule (file)" as a finding names its rule, made once instead of for every finding. */
    private final Map<String, String> described;

    RuleOrigins(Map<String, Origin> byName) {
        // HashMaps, not Map.copyOf: names such as "Row_scoring_12", "Row_scoring_13", … hash to
        // neighbouring values, and the immutable map's open addressing then compares a looked-up
        // name with most of them (a finding's rule is looked up once per card: 14-18% of scoring)
        this.byName = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(byName));
        Map<String, Origin> labels = new java.util.HashMap<>();
        for (Origin each : new java.util.TreeMap<>(byName).values()) {
            labels.putIfAbsent(each.label(), each);
        }
        this.byLabel = java.util.Collections.unmodifiableMap(labels);
        Map<String, String> names = new java.util.HashMap<>();
        for (String rule : this.byLabel.keySet()) {
            names.put(rule, describe(rule, find(rule)));
        }
        for (String rule : this.byName.keySet()) {
            names.put(rule, describe(rule, find(rule)));
        }
        this.described = names;
    }

    private static String describe(String rule, Origin o) {
        return rule + " (" + (o == null ? "?" : o.file()) + ")";
    }

    /** Every rule's origin by its compiled name (kept in the compiled cache, {@link CheckedFolder}). */
    Map<String, Origin> byName() {
        return byName;
    }

    /** The label an explanation shows for a compiled rule's name. */
    public String label(String ruleName) {
        Origin o = byName.get(ruleName);
        return o == null ? ruleName : o.label();
    }

    /** The file of a rule, by its label or compiled name; "?" when unknown. */
    public String fileOf(String rule) {
        Origin o = find(rule);
        return o == null ? "?" : o.file();
    }

    /** A rule, by its label or compiled name, followed by its file in brackets, as a finding names it: "3.4 (scoring.csv)"; "(?)" when unknown. */
    public String describe(String rule) {
        String d = described.get(rule);
        return d != null ? d : describe(rule, null);
    }

    /** Where a rule is written, by its label or compiled name: its file with the line or cell; "?" when unknown. */
    public String locationOf(String rule) {
        Origin o = find(rule);
        return o == null ? "?" : o.location();
    }

    /**
     * Where a rule is written, by its label or compiled name, to name in a sentence in the reader's
     * language ({@link RuleLocation#place()}); "?" when unknown.
     */
    public Message placeOf(String rule) {
        Origin o = find(rule);
        return o == null ? Message.text("?") : o.where().place();
    }

    /** A rule's origin, by its label or compiled name; null when unknown. */
    Origin find(String rule) {
        Origin o = byName.get(rule);
        if (o != null) {
            return o;
        }
        return byLabel.get(rule);
    }

    int size() {
        return byName.size();
    }
}

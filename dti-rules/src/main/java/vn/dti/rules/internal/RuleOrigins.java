package vn.dti.rules.internal;

import java.util.Map;

/**
 * Where each compiled rule comes from: the name an explanation shows (a decision table's
 * generated name "Chấm điểm_12" shows as its component, "3.4") and its file.
 */
public final class RuleOrigins {
    /** One rule's label and file. */
    public record Origin(String label, String file) {
    }

    private final Map<String, Origin> byName;

    RuleOrigins(Map<String, Origin> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The label an explanation shows for a compiled rule's name. */
    public String label(String ruleName) {
        Origin o = byName.get(ruleName);
        return o == null ? ruleName : o.label();
    }

    /** The file of a rule, by its label or compiled name; "?" when unknown. */
    public String fileOf(String rule) {
        Origin o = byName.get(rule);
        if (o != null) {
            return o.file();
        }
        for (Origin each : byName.values()) {
            if (each.label().equals(rule)) {
                return each.file();
            }
        }
        return "?";
    }

    int size() {
        return byName.size();
    }
}

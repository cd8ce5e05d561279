package vn.dti.planning;

import java.util.Objects;
import vn.dti.api.Component;
import vn.dti.api.IndicatorId;
import vn.dti.api.Methodology;
import vn.dti.api.Value;

/**
 * One what-if change to a component: a new value ({@code 6.6=0.6}, {@code 6.6=60%},
 * {@code 2.4=yes}, {@code 3.5=cloud}) or an evidence document attached to the value already
 * reported ({@code 4.4=document}).
 *
 * @param component the component
 * @param value     the new value; null for "attach a document"
 */
public record Change(IndicatorId component, Value value) {
    public Change {
        Objects.requireNonNull(component, "component");
    }

    /** A document attached to the value already reported. */
    public boolean documentOnly() {
        return value == null;
    }

    /**
     * Parses {@code id=value} or {@code id=document}, checked against the methodology.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static Change parse(String text, Methodology m) {
        int eq = text == null ? -1 : text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("[" + text + "] is not component=value: write e.g. 6.6=0.6, 6.6=60%, 2.4=yes, 3.5=cloud or 4.4=document");
        }
        String id = text.substring(0, eq).strip();
        String value = text.substring(eq + 1).strip();
        Component c = Values.component(m, id, "[" + text + "]");
        if (value.equalsIgnoreCase("document")) {
            return new Change(c.id(), null);
        }
        try {
            return new Change(c.id(), Values.parse(c, value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("[" + text + "]: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return component + "=" + (value == null ? "document" : Values.text(value));
    }
}

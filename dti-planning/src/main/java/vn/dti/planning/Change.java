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
    /**
     * Checks the component.
     *
     * @param component not null
     * @param value     the new value, or null to attach a document
     * @throws NullPointerException if {@code component} is null
     */
    public Change {
        Objects.requireNonNull(component, "component");
    }

    /**
     * Whether the change attaches a document to the value already reported.
     *
     * @return true when {@code value} is null
     */
    public boolean documentOnly() {
        return value == null;
    }

    /**
     * Parses a change as the command line writes it, checked against the methodology.
     *
     * @param text {@code id=value} ({@code 6.6=0.6}, {@code 6.6=60%}, {@code 2.4=yes},
     *             {@code 3.5=cloud}) or {@code id=document}
     * @param m    the methodology
     * @return the change
     * @throws IllegalArgumentException saying what is wrong: not {@code id=value}, an unknown component,
     *                                  or a value the component does not take
     */
    public static Change parse(String text, Methodology m) {
        int eq = text == null ? -1 : text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException(Words.of("planning.change.form", text));
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
            throw new IllegalArgumentException(Words.of("planning.change.refused", text, e.getMessage()));
        }
    }

    @Override
    public String toString() {
        return component + "=" + (value == null ? "document" : Values.text(value));
    }
}

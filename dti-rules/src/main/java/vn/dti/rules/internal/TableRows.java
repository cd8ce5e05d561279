package vn.dti.rules.internal;

import java.util.Arrays;
import vn.dti.rules.ComponentValue;
import vn.dti.scoring.ScoringPattern;

/**
 * The rows of a methodology's decision tables applied as data, in Java, instead of as Drools
 * rules: a row of a table with the bundled templates (the condition {@code indicator == "$param",
 * reported} on {@code $v : ComponentValue}, an action that is one of the known {@code score.*}
 * calls with its parameter pasted as a constant, no attributes) is a condition on the component's
 * id and a pattern with its parameters, which is all its rule would do. The rows are read from
 * the table when the folder loads, so an officer's edit takes effect as soon as the folder is
 * loaded again; a row in any other form stays a Drools rule. The rule files always fire in Drools.
 * {@code -Ddti.rules.tablesInDrools=true} fires every row in Drools instead
 * ({@link DroolsEngine#PROPERTY}); both give the same score cards ({@code TablesAsDataProperties}).
 */
final class TableRows {
    /** One row: the rule's name as cards show it, the component id it tests, its pattern. */
    private record Row(String rule, String indicator, ScoringPattern pattern) {
    }

    static final TableRows NONE = new TableRows(new Row[0]);

    private final Row[] bySlot;

    private TableRows(Row[] bySlot) {
        this.bySlot = bySlot;
    }

    /** Rows by slot; {@code rules} and {@code patterns} give each slot's rule label and pattern, null where the slot has none. */
    static TableRows of(String[] rules, String[] indicators, ScoringPattern[] patterns) {
        Row[] rows = new Row[rules.length];
        boolean any = false;
        for (int s = 0; s < rows.length; s++) {
            if (rules[s] != null) {
                rows[s] = new Row(rules[s], indicators[s], patterns[s]);
                any = true;
            }
        }
        return any ? new TableRows(rows) : NONE;
    }

    boolean isEmpty() {
        return bySlot.length == 0;
    }

    /** How many slots a row scores as data. */
    int size() {
        return (int) Arrays.stream(bySlot).filter(r -> r != null).count();
    }

    /**
     * Applies each row to the facts it matches, as its rule would: a reported value of the row's
     * component. A band or category table that cannot score a value is the rule's violation, as
     * {@link RecordingSheet} makes it.
     */
    void apply(ComponentValue[][] facts, Recorder recorder) {
        for (ComponentValue[] entity : facts) {
            for (ComponentValue v : entity) {
                apply(v, recorder);
            }
        }
    }

    /** Applies the row of {@code v}'s component to it, if it has one and {@code v} is reported. */
    void apply(ComponentValue v, Recorder recorder) {
        int s = v.getSlot();
        Row row = s < bySlot.length ? bySlot[s] : null;
        if (row == null || !v.isReported() || !row.indicator.equals(v.getIndicator())) {
            return;
        }
        if (row.pattern instanceof ScoringPattern.Bands || row.pattern instanceof ScoringPattern.Categories) {
            try {
                recorder.apply(row.rule, v, row.pattern);
            } catch (IllegalArgumentException e) {
                recorder.violation(row.rule, v, e.getMessage());
            }
        } else {
            recorder.apply(row.rule, v, row.pattern);
        }
    }
}

package vn.dti.planning;

import java.util.ArrayList;
import java.util.List;
import vn.dti.api.Period;
import vn.dti.cohort.Cohort;
import vn.dti.text.Message;

/**
 * What a reader of a rank must know about the cohort it is read in, for every command and page that
 * shows one ({@code dti targets}, {@code dti plan}, the dashboard; {@code dti rank} says the first):
 * a cohort whose period the methodology's edition does not fit, and a cohort whose figures are of
 * another period than the entity's evidence (the rank then compares one year's figures with
 * another's). Stateless.
 */
public final class CohortWarnings {
    private CohortWarnings() {
    }

    /**
     * The warnings of a situation's cohort.
     *
     * @param s the situation
     * @return the warnings, in the reader's language when shown; empty alone or when the periods fit
     */
    public static List<Message> of(Situation s) {
        Cohort c = s.cohort().orElse(null);
        if (c == null || c.period() == null) {
            return List.of();
        }
        List<Message> out = new ArrayList<>();
        s.ranking().ifPresent(r -> out.addAll(s.scorer().rankingWarnings(r)));
        Period cohort;
        try {
            cohort = Period.parse(c.period());
        } catch (IllegalArgumentException e) {
            return out;   // a period label dti does not read: nothing to compare
        }
        Period evidence = s.evidence().period();
        if (evidence.start().isBefore(cohort.start()) || evidence.end().isAfter(cohort.end())) {
            out.add(Message.of("planning.cohort.otherPeriod", cohort.toString(), evidence.toString()));
        }
        return out;
    }
}

package vn.dti.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dti.api.Entity;
import vn.dti.api.MethodologyRef;
import vn.dti.api.Period;
import vn.dti.api.ScoreCard;
import vn.dti.text.Message;

/**
 * The gaps of an entity's score card grouped for a reader, as {@code dti gaps --format json} writes
 * them and the service answers: the card's totals, its warnings (an edition older than the
 * methodology's), and the gaps by main indicator or by responsible agency. Immutable.
 *
 * @param methodology  the methodology that scored the card
 * @param entity       the entity scored
 * @param period       the period of the evidence
 * @param totalPoints  the card's total, in points
 * @param maxPoints    the methodology's maximum, in points
 * @param pointsLost   points not earned because of the gaps (the card's {@code pointsLost})
 * @param pointsAtRisk points earned but in doubt (the card's {@code pointsAtRisk})
 * @param by           {@code indicator} or {@code agency}
 * @param warnings     the card's warnings, written in the reader's language when shown; left out of the JSON when there are none
 * @param groups       the groups in order: main indicators in catalogue order, agencies by points lost (then at risk), most first
 */
public record GapsReport(MethodologyRef methodology, Entity entity, Period period, double totalPoints, double maxPoints, double pointsLost,
        double pointsAtRisk, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Message> warnings, String by, List<Group> groups) {
    /** Group by main indicator. */
    public static final String BY_INDICATOR = "indicator";
    /** Group by responsible agency. */
    public static final String BY_AGENCY = "agency";

    /**
     * One group: a main indicator ("3 Hạ tầng số") or an agency, with the points its gaps lose and put at risk.
     *
     * @param group        the main indicator's id and name, or the agency's name
     * @param pointsLost   the points its gaps lose, summed
     * @param pointsAtRisk the points its gaps put at risk, summed
     * @param gaps         the gaps, in catalogue order; copied
     */
    public record Group(String group, double pointsLost, double pointsAtRisk, List<Gap> gaps) {
        /**
         * A group; the list is copied.
         *
         * @param group        the main indicator's id and name, or the agency's name
         * @param pointsLost   the points its gaps lose, summed
         * @param pointsAtRisk the points its gaps put at risk, summed
         * @param gaps         the gaps; copied
         * @throws NullPointerException if {@code gaps} is null or holds a null
         */
        public Group {
            gaps = List.copyOf(gaps);
        }
    }

    /**
     * A report; the lists are copied.
     *
     * @param methodology  the methodology that scored the card
     * @param entity       the entity scored
     * @param period       the period of the evidence
     * @param totalPoints  the card's total, in points
     * @param maxPoints    the methodology's maximum, in points
     * @param pointsLost   points not earned because of the gaps
     * @param pointsAtRisk points earned but in doubt
     * @param by           {@code indicator} or {@code agency}
     * @param warnings     the card's warnings; copied
     * @param groups       the groups in order; copied
     * @throws NullPointerException if {@code warnings} or {@code groups} is null or holds a null
     */
    public GapsReport {
        warnings = List.copyOf(warnings);
        groups = List.copyOf(groups);
    }

    /**
     * The gaps of the situation's card, grouped {@code by} {@link #BY_INDICATOR} or {@link #BY_AGENCY}.
     *
     * @param s  the entity's situation (its card is read, nothing is scored again)
     * @param by {@link #BY_INDICATOR} or {@link #BY_AGENCY}
     * @return the report
     * @throws IllegalArgumentException for another grouping
     */
    public static GapsReport of(Situation s, String by) {
        List<Gap> gaps = Gaps.of(s);
        Map<String, List<Gap>> grouped;
        if (BY_AGENCY.equals(by)) {
            grouped = Gaps.byAgency(gaps);
        } else if (BY_INDICATOR.equals(by)) {
            grouped = new LinkedHashMap<>();
            for (var mi : s.methodology().mainIndicators()) {
                List<Gap> list = gaps.stream().filter(g -> g.mainIndicator().equals(mi.id())).toList();
                if (!list.isEmpty()) {
                    grouped.put(mi.id() + " " + mi.name(), list);
                }
            }
        } else {
            throw new IllegalArgumentException("gaps are grouped by " + BY_AGENCY + " or " + BY_INDICATOR + "; got [" + by + "]");
        }
        List<Group> groups = new ArrayList<>();
        grouped.forEach((name, list) -> groups.add(new Group(name, Gaps.lost(list), Gaps.risk(list), list)));
        ScoreCard card = s.card();
        return new GapsReport(card.methodology(), card.entity(), card.period(), card.totalPoints(), card.maxPoints(), card.pointsLost(),
                card.pointsAtRisk(), card.warnings(), by, groups);
    }
}

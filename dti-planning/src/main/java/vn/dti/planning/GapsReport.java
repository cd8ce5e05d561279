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
 * @param by       {@code indicator} or {@code agency}
 * @param warnings the card's warnings, written in the reader's language when shown; left out of the JSON when there are none
 * @param groups   the groups in order: main indicators in catalogue order, agencies by points lost (then at risk), most first
 */
public record GapsReport(MethodologyRef methodology, Entity entity, Period period, double totalPoints, double maxPoints, double pointsLost,
        double pointsAtRisk, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Message> warnings, String by, List<Group> groups) {
    /** Group by main indicator. */
    public static final String BY_INDICATOR = "indicator";
    /** Group by responsible agency. */
    public static final String BY_AGENCY = "agency";

    /**
     * One group: a main indicator ("3 Hạ tầng số") or an agency, with the points its gaps lose and put at risk.
     */
    public record Group(String group, double pointsLost, double pointsAtRisk, List<Gap> gaps) {
        public Group {
            gaps = List.copyOf(gaps);
        }
    }

    public GapsReport {
        warnings = List.copyOf(warnings);
        groups = List.copyOf(groups);
    }

    /**
     * The gaps of the situation's card, grouped {@code by} {@link #BY_INDICATOR} or {@link #BY_AGENCY}.
     *
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

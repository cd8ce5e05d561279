package vn.dti.rules;

import java.util.ArrayList;
import java.util.List;
import vn.dti.api.CategoryOption;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.Document;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.EvidenceSource;
import vn.dti.api.Period;
import vn.dti.api.ReportStatus;
import vn.dti.api.ScoreCard;
import vn.dti.api.Value;
import vn.dti.text.Message;

/**
 * Evidence files that list every component of a methodology: empty (for officers to fill), or
 * filled with values and documents that earn full marks or none. Because goals, bands and
 * category points live in the rule files, the filled values are found by asking the rules: each
 * component gets the candidate value that scores highest (or lowest). Stateless; safe from any
 * thread.
 */
public final class EvidenceTemplate {
    /** How to fill a template. */
    public enum Fill {
        /** Every component NOT_REPORTED, with a note on what to report. */
        EMPTY,
        /** Values and documents that earn each component's max. */
        MAX,
        /** Values and documents that earn 0. */
        ZERO
    }

    private static final double[] RATIO_CANDIDATES = {1, 0};
    private static final double[] NUMBER_CANDIDATES = {1e12, 1e9, 1e6, 1e4, 1e3, 100, 10, 1, 0};

    private EvidenceTemplate() {
    }

    /**
     * A template listing every component of the scorer's methodology.
     *
     * @param scorer the methodology's scorer (asked which candidate values score highest or lowest)
     * @param fill   empty, or filled to earn each component's max or 0
     * @param entity whom the template is for
     * @param period the period it reports on
     * @return the evidence, one entry per component in catalogue order
     * @throws vn.dti.api.InvalidEvidenceException if the methodology has no components (its entities
     *                                              are given at main-indicator level)
     */
    public static Evidence create(RuleScorer scorer, Fill fill, Entity entity, Period period) {
        List<Component> components = scorer.methodology().components();
        if (components.isEmpty()) {
            throw new vn.dti.api.InvalidEvidenceException(Message.of("rules.template.noComponents", scorer.methodology().id()));
        }
        if (fill == Fill.EMPTY) {
            List<ComponentEvidence> list = new ArrayList<>();
            for (Component c : components) {
                list.add(new ComponentEvidence(c.id(), ReportStatus.NOT_REPORTED, null, EvidenceSource.SELF_REPORTED, List.of(),
                        c.responsibleAgency(), null, hint(c)));
            }
            return new Evidence(scorer.methodology().id(), entity, period, null,
                    Message.of("rules.template.empty").toString(), list);
        }
        Document doc = new Document("…/QĐ-UBND", "Tài liệu kiểm chứng (mẫu)", period.end(), "Ủy ban nhân dân tỉnh", null,
                Message.of("rules.template.document").toString());
        int rounds = 0;
        for (Component c : components) {
            rounds = Math.max(rounds, candidates(scorer, c).size());
        }
        int[] bestFindings = new int[components.size()];
        Value[] best = new Value[components.size()];
        double[] bestPoints = new double[components.size()];
        for (int round = 0; round < rounds; round++) {
            List<ComponentEvidence> list = new ArrayList<>();
            Value[] tried = new Value[components.size()];
            for (int i = 0; i < components.size(); i++) {
                Component c = components.get(i);
                List<Value> cand = candidates(scorer, c);
                tried[i] = cand.get(Math.min(round, cand.size() - 1));
                list.add(entry(c, tried[i], doc));
            }
            ScoreCard card = scorer.score(new Evidence(scorer.methodology().id(), entity, period, null, null, list));
            for (int i = 0; i < components.size(); i++) {
                ComponentScore cs = card.components().get(i);
                // the most (or fewest) points; between equal points, the value that raises fewer findings (a plausible value)
                boolean better = best[i] == null || (fill == Fill.MAX ? cs.points() > bestPoints[i] : cs.points() < bestPoints[i])
                        || (cs.points() == bestPoints[i] && cs.findings().size() < bestFindings[i]);
                if (better) {
                    best[i] = tried[i];
                    bestPoints[i] = cs.points();
                    bestFindings[i] = cs.findings().size();
                }
            }
        }
        List<ComponentEvidence> list = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            list.add(entry(components.get(i), best[i], doc));
        }
        return new Evidence(scorer.methodology().id(), entity, period, null,
                Message.of(fill == Fill.MAX ? "rules.template.filledMax" : "rules.template.filledZero").toString(), list);
    }

    private static ComponentEvidence entry(Component c, Value v, Document doc) {
        return new ComponentEvidence(c.id(), ReportStatus.REPORTED, v, EvidenceSource.SELF_REPORTED, List.of(doc), c.responsibleAgency(), null, null);
    }

    private static List<Value> candidates(RuleScorer scorer, Component c) {
        List<Value> out = new ArrayList<>();
        switch (c.valueKind()) {
            case YES_NO:
                out.add(Value.yesNo(true));
                out.add(Value.yesNo(false));
                break;
            case CATEGORY:
                for (CategoryOption o : c.categories()) {
                    out.add(Value.category(o.code()));
                }
                break;
            case RATIO:
                for (double d : RATIO_CANDIDATES) {
                    out.add(Value.number(d));
                }
                break;
            default:
                for (double d : NUMBER_CANDIDATES) {
                    out.add(Value.number(d));
                }
        }
        // a goal is the least value that earns full points: the "full marks" value when the others raise a finding (6.9 at 100% of
        // the budget is flagged as implausible, 1% is not)
        scorer.scoringRule(c.id()).map(r -> r.pattern()).filter(p -> p instanceof vn.dti.scoring.ScoringPattern.Goal)
                .ifPresent(p -> out.add(Value.number(((vn.dti.scoring.ScoringPattern.Goal) p).goal())));
        return out;
    }

    /** What to write for a component, in the run's language: its name, max points and the kind of value ("một tỷ lệ từ 0 đến 1 …"). */
    private static String hint(Component c) {
        Message what;
        switch (c.valueKind()) {
            case RATIO:
                what = Message.of("rules.template.hint.ratio");
                break;
            case COUNT:
                what = c.unit().isEmpty() ? Message.of("rules.template.hint.count") : Message.of("rules.template.hint.countIn", c.unit());
                break;
            case RATE:
                what = Message.of("rules.template.hint.rate", c.per());
                break;
            case YES_NO:
                what = Message.of("rules.template.hint.yesNo");
                break;
            case CATEGORY:
                StringBuilder sb = new StringBuilder();
                for (CategoryOption o : c.categories()) {
                    sb.append(" \"").append(o.code()).append("\" (").append(o.name()).append(")");
                }
                what = Message.of("rules.template.hint.category", sb.toString().strip());
                break;
            default:
                what = c.unit().isEmpty() ? Message.of("rules.template.hint.amount") : Message.of("rules.template.hint.amountIn", c.unit());
        }
        return Message.of("rules.template.hint", c.name(), vn.dti.api.Points.format(c.maxPoints()), what).toString();
    }

}

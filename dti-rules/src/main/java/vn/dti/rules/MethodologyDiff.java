package vn.dti.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.dti.api.Component;
import vn.dti.api.ComponentScore;
import vn.dti.api.Evidence;
import vn.dti.api.IndicatorId;
import vn.dti.api.MainIndicator;
import vn.dti.api.Methodology;
import vn.dti.api.Points;
import vn.dti.api.ScoreCard;
import vn.dti.scoring.ScoringPattern;
import vn.dti.scoring.ScoringRule;

/**
 * What changed between two methodology folders, and what the change does to scores: the
 * catalogue (components added, removed, renamed, max points, value kinds, agencies), each
 * scoring rule's pattern and parameters, and, for each evidence file given, every component's
 * points under the old and the new rules. The same evidence is scored both ways, so the
 * difference is the methodology's effect alone, separated from any change in the data.
 *
 * @param older    the old folder
 * @param newer    the new folder
 * @param changes  catalogue and rule changes, in catalogue order
 * @param evidence per evidence file, the components whose points differ, and the totals
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MethodologyDiff(Side older, Side newer, List<Change> changes, List<EvidenceEffect> evidence) {

    /** One side of the comparison. */
    public record Side(String id, String version, String source, double totalPoints) {
    }

    /**
     * One change. {@code what}: {@code added}, {@code removed}, {@code name}, {@code maxPoints},
     * {@code valueKind}, {@code categories}, {@code responsibleAgency}, {@code cooperatingAgencies},
     * {@code rule} (pattern or parameters), {@code assumption}, {@code totalPoints}.
     *
     * @param indicator the component or main indicator ({@code null} for the methodology's total)
     * @param where     for rule changes: where the new rule is written
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String indicator, String what, String before, String after, String where) {
    }

    /** One evidence file scored under both methodologies. */
    public record EvidenceEffect(String file, String entity, String period, double oldTotal, double newTotal, List<ComponentEffect> components) {
        public double change() {
            return newTotal - oldTotal;
        }
    }

    /** One component's points under the old and the new rules (only those that differ are listed). */
    public record ComponentEffect(String id, double oldPoints, double newPoints, String oldFormula, String newFormula) {
        public double change() {
            return newPoints - oldPoints;
        }
    }

    public MethodologyDiff {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        changes = List.copyOf(changes);
        evidence = List.copyOf(evidence);
    }

    /**
     * Compares two compiled folders, and scores each evidence under both. {@code files} names the
     * evidence (same order), for the report.
     */
    public static MethodologyDiff compare(RuleScorer older, RuleScorer newer, List<Evidence> evidence, List<String> files) {
        Methodology a = older.methodology();
        Methodology b = newer.methodology();
        List<Change> changes = new ArrayList<>();
        if (a.totalPoints() != b.totalPoints()) {
            changes.add(new Change(null, "totalPoints", Points.format(a.totalPoints()), Points.format(b.totalPoints()), null));
        }
        Map<IndicatorId, MainIndicator> oldMains = new LinkedHashMap<>();
        a.mainIndicators().forEach(m -> oldMains.put(m.id(), m));
        for (MainIndicator m : b.mainIndicators()) {
            MainIndicator o = oldMains.get(m.id());
            if (o == null) {
                changes.add(new Change(m.id().value(), "added", null, m.name() + " (" + Points.format(m.maxPoints()) + " points)", null));
            } else {
                field(changes, m.id(), "name", o.name(), m.name());
                field(changes, m.id(), "maxPoints", Points.format(o.maxPoints()), Points.format(m.maxPoints()));
            }
        }
        for (MainIndicator o : a.mainIndicators()) {
            if (b.mainIndicator(o.id()).isEmpty()) {
                changes.add(new Change(o.id().value(), "removed", o.name() + " (" + Points.format(o.maxPoints()) + " points)", null, null));
            }
        }
        Map<IndicatorId, Component> oldComponents = a.componentsById();
        Map<IndicatorId, Component> newComponents = b.componentsById();
        for (Component c : newComponents.values()) {
            Component o = oldComponents.get(c.id());
            if (o == null) {
                changes.add(new Change(c.id().value(), "added", null, c.name() + " (" + Points.format(c.maxPoints()) + " points)", null));
                continue;
            }
            field(changes, c.id(), "name", o.name(), c.name());
            field(changes, c.id(), "maxPoints", Points.format(o.maxPoints()), Points.format(c.maxPoints()));
            field(changes, c.id(), "valueKind", o.valueKind().name(), c.valueKind().name());
            field(changes, c.id(), "categories", codes(o), codes(c));
            field(changes, c.id(), "responsibleAgency", o.responsibleAgency(), c.responsibleAgency());
            field(changes, c.id(), "cooperatingAgencies", String.join("; ", o.cooperatingAgencies()), String.join("; ", c.cooperatingAgencies()));
            ScoringRule ro = older.scoringRule(c.id()).orElse(null);
            ScoringRule rn = newer.scoringRule(c.id()).orElse(null);
            String before = ro == null ? "(no rule)" : ScoringPattern.describe(ro.pattern());
            String after = rn == null ? "(no rule)" : ScoringPattern.describe(rn.pattern());
            if (!before.equals(after)) {
                changes.add(new Change(c.id().value(), "rule", before, after, rn == null ? null : rn.location().toString()));
            }
            if (ro != null && rn != null && !ro.assumption().equals(rn.assumption())) {
                changes.add(new Change(c.id().value(), "assumption", ro.assumption(), rn.assumption(), rn.location().toString()));
            }
        }
        for (Component o : oldComponents.values()) {
            if (!newComponents.containsKey(o.id())) {
                changes.add(new Change(o.id().value(), "removed", o.name() + " (" + Points.format(o.maxPoints()) + " points)", null, null));
            }
        }
        List<EvidenceEffect> effects = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            ScoreCard before = older.score(e.methodology() == null ? e : withoutMethodology(e));
            ScoreCard after = newer.score(e.methodology() == null ? e : withoutMethodology(e));
            List<ComponentEffect> components = new ArrayList<>();
            Map<IndicatorId, ComponentScore> beforeById = new LinkedHashMap<>();
            before.components().forEach(cs -> beforeById.put(cs.id(), cs));
            for (ComponentScore cs : after.components()) {
                ComponentScore o = beforeById.remove(cs.id());
                double op = o == null ? 0 : o.points();
                if (o == null || Math.abs(op - cs.points()) > 1e-9) {
                    components.add(new ComponentEffect(cs.id().value(), op, cs.points(), o == null ? "(not in the old methodology)" : o.explanation().formula(),
                            cs.explanation().formula()));
                }
            }
            for (ComponentScore o : beforeById.values()) {
                if (o.points() != 0) {
                    components.add(new ComponentEffect(o.id().value(), o.points(), 0, o.explanation().formula(), "(not in the new methodology)"));
                }
            }
            effects.add(new EvidenceEffect(files.get(i), e.entity().name(), e.period().toString(), before.totalPoints(), after.totalPoints(), components));
        }
        return new MethodologyDiff(side(older), side(newer), changes, effects);
    }

    /** Evidence that names a methodology is scored by both sides: the comparison is of rules, not of the file's label. */
    private static Evidence withoutMethodology(Evidence e) {
        return new Evidence(null, e.entity(), e.period(), e.reportedAt(), e.note(), e.components());
    }

    private static Side side(RuleScorer s) {
        return new Side(s.methodology().id(), s.version(), s.source(), s.methodology().totalPoints());
    }

    private static void field(List<Change> changes, IndicatorId id, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(id.value(), what, before, after, null));
        }
    }

    private static String codes(Component c) {
        List<String> out = new ArrayList<>();
        c.categories().forEach(o -> out.add(o.code()));
        return String.join(", ", out);
    }

    /** True when nothing differs: same catalogue, same rules, same points on every evidence given. */
    public boolean isEmpty() {
        return changes.isEmpty() && evidence.stream().allMatch(e -> e.components().isEmpty());
    }
}

package vn.dti.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dti.text.Language;
import vn.dti.text.Message;
import vn.dti.text.RefusedArgumentException;

/**
 * A methodology (bộ chỉ số): the catalogue of main indicators and components, their max points,
 * agencies and evidence, for one edition of one index. It is checked when built: ids are unique,
 * components add up to their main indicator, and main indicators add up to the total. Immutable,
 * and safe to share between threads.
 *
 * @param id             e.g. {@code vn-dti-province-2025}: lower-case letters, digits, {@code .},
 *                       {@code _} or {@code -}
 * @param name           the official name
 * @param edition        e.g. {@code 2025} (empty when not given)
 * @param year           the year the edition starts to apply; evidence for an earlier period is
 *                       scored with a warning
 * @param entityKind     what it scores
 * @param totalPoints    the sum of the main indicators' max points, in points (1000 for DTI 2025)
 * @param sources        the decisions and documents it is taken from, by their titles and numbers
 * @param notes          what is assumed (empty when nothing)
 * @param mainIndicators in published order
 * @param indexFormula   how the index is formed (default {@link IndexFormula#POINTS_OVER_MAX})
 * @param pillars        views over main indicators, each with its own value and rank (empty when
 *                       none)
 * @param groups         bands on the published index, lowest first (empty when none)
 */
public record Methodology(
        String id,
        String name,
        String edition,
        int year,
        EntityKind entityKind,
        double totalPoints,
        List<String> sources,
        String notes,
        List<MainIndicator> mainIndicators,
        IndexFormula indexFormula,
        List<Pillar> pillars,
        List<Group> groups) {

    /**
     * A methodology whose index is total points / max, without pillars or groups.
     *
     * @param id             e.g. {@code vn-dti-province-2025}
     * @param name           the official name
     * @param edition        e.g. {@code 2025}, or null
     * @param year           the year the edition starts to apply
     * @param entityKind     what it scores
     * @param totalPoints    the sum of the main indicators' max points
     * @param sources        the documents it is taken from, or null
     * @param notes          what is assumed, or null
     * @param mainIndicators in published order
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Methodology(String id, String name, String edition, int year, EntityKind entityKind, double totalPoints, List<String> sources,
            String notes, List<MainIndicator> mainIndicators) {
        this(id, name, edition, year, entityKind, totalPoints, sources, notes, mainIndicators, null, null, null);
    }

    /**
     * Checks that the catalogue adds up; see the class description for each component.
     *
     * @param id             lower-case letters, digits, {@code .}, {@code _} or {@code -}
     * @param name           not blank
     * @param edition        null for empty
     * @param year           the year the edition starts to apply
     * @param entityKind     not null
     * @param totalPoints    the sum of the main indicators' max points (to 1e-9)
     * @param sources        null for none; copied
     * @param notes          null for empty
     * @param mainIndicators at least one; every main indicator and component id once; copied
     * @param indexFormula   null for {@link IndexFormula#POINTS_OVER_MAX}
     * @param pillars        null for none; ids distinct, naming main indicators of this methodology;
     *                       under {@link IndexFormula#WEIGHTED_PILLARS} at least one, weights adding
     *                       up to 1; copied
     * @param groups         null for none; lowest first, without overlaps; copied
     * @throws NullPointerException     if {@code entityKind} is null
     * @throws IllegalArgumentException if any of these does not hold; the message names what and the
     *                                  likely fix
     */
    public Methodology {
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw RefusedArgumentException.of("api.methodology.badId", id);
        }
        if (name == null || name.isBlank()) {
            throw RefusedArgumentException.of("api.methodology.noName", id);
        }
        edition = edition == null ? "" : edition;
        RefusedArgumentException.required(entityKind, "api.methodology.noEntityKind", id);
        sources = sources == null ? List.of() : List.copyOf(sources);
        notes = notes == null ? "" : notes;
        mainIndicators = mainIndicators == null ? List.of() : List.copyOf(mainIndicators);
        if (mainIndicators.isEmpty()) {
            throw RefusedArgumentException.of("api.methodology.noMainIndicators", id);
        }
        Set<IndicatorId> seen = new HashSet<>();
        double sum = 0;
        for (MainIndicator m : mainIndicators) {
            if (!seen.add(m.id())) {
                throw RefusedArgumentException.of("api.methodology.mainTwice", m.id());
            }
            for (Component c : m.components()) {
                if (!seen.add(c.id())) {
                    throw RefusedArgumentException.of("api.methodology.componentTwice", c.id());
                }
            }
            sum += m.maxPoints();
        }
        if (!Double.isFinite(totalPoints) || Math.abs(sum - totalPoints) > 1e-9) {
            throw RefusedArgumentException.of("api.methodology.totalDiffers", Points.format(totalPoints), id, Points.format(sum));
        }
        indexFormula = indexFormula == null ? IndexFormula.POINTS_OVER_MAX : indexFormula;
        pillars = pillars == null ? List.of() : List.copyOf(pillars);
        groups = groups == null ? List.of() : List.copyOf(groups);
        Set<String> pillarIds = new HashSet<>();
        double weights = 0;
        for (Pillar p : pillars) {
            if (!pillarIds.add(p.id())) {
                throw RefusedArgumentException.of("api.methodology.pillarTwice", p.id());
            }
            for (IndicatorId main : p.mainIndicators()) {
                if (!main.isMain() || !seen.contains(main)) {
                    throw RefusedArgumentException.of("api.methodology.pillarUnknownMain", p.id(), main);
                }
            }
            weights += p.weight();
        }
        if (indexFormula == IndexFormula.WEIGHTED_PILLARS && (pillars.isEmpty() || Math.abs(weights - 1) > 1e-9)) {
            throw RefusedArgumentException.of("api.methodology.pillarWeights", id, Double.toString(weights));
        }
        for (int i = 1; i < groups.size(); i++) {
            if (groups.get(i).min() <= groups.get(i - 1).max()) {
                throw RefusedArgumentException.of("api.methodology.groupsOverlap", groups.get(i).id(), Double.toString(groups.get(i).min()),
                        groups.get(i - 1).id(), Double.toString(groups.get(i - 1).max()));
            }
        }
    }

    /**
     * The index from main-indicator points, by {@link #indexFormula()}.
     *
     * @param mainPoints each main indicator's points, in catalogue order (one per main indicator)
     * @return the index, unrounded, in [0, 1] for points within their max; round it with
     *         {@link Points#publish} as published
     */
    public double index(double[] mainPoints) {
        if (indexFormula == IndexFormula.WEIGHTED_PILLARS) {
            double v = 0;
            for (Pillar p : pillars) {
                v += p.weight() * pillarValue(p, mainPoints);
            }
            return v;
        }
        double sum = 0;
        for (double p : mainPoints) {
            sum += p;
        }
        return totalPoints == 0 ? 0 : sum / totalPoints;
    }

    /**
     * A pillar's value: the points of its main indicators / their max.
     *
     * @param pillar     one of {@link #pillars()}
     * @param mainPoints each main indicator's points, in catalogue order
     * @return a ratio in [0, 1] for points within their max; 0 when its main indicators carry no
     *         points
     */
    public double pillarValue(Pillar pillar, double[] mainPoints) {
        double points = 0;
        double max = 0;
        for (int i = 0; i < mainIndicators.size(); i++) {
            if (pillar.mainIndicators().contains(mainIndicators.get(i).id())) {
                points += mainPoints[i];
                max += mainIndicators.get(i).maxPoints();
            }
        }
        return max == 0 ? 0 : points / max;
    }

    /**
     * The group a published index falls in.
     *
     * @param publishedValue the index rounded to 4 decimals ({@link Points#publish})
     * @return the group whose band holds it, or null when there are no groups or none holds it
     */
    public Group group(double publishedValue) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).contains(publishedValue)) {
                return groups.get(i);
            }
        }
        return null;
    }

    /**
     * Every component.
     *
     * @return the components of every main indicator, in catalogue order; unmodifiable
     */
    public List<Component> components() {
        List<Component> all = new ArrayList<>();
        for (MainIndicator m : mainIndicators) {
            all.addAll(m.components());
        }
        return Collections.unmodifiableList(all);
    }

    /**
     * One component of the catalogue.
     *
     * @param componentId e.g. {@code 3.4}
     * @return the component, or empty when the catalogue has none with this id
     */
    public Optional<Component> component(IndicatorId componentId) {
        for (MainIndicator m : mainIndicators) {
            if (m.id().equals(componentId.main())) {
                for (Component c : m.components()) {
                    if (c.id().equals(componentId)) {
                        return Optional.of(c);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * One main indicator of the catalogue.
     *
     * @param mainId e.g. {@code 3}
     * @return the main indicator, or empty when the catalogue has none with this id
     */
    public Optional<MainIndicator> mainIndicator(IndicatorId mainId) {
        for (MainIndicator m : mainIndicators) {
            if (m.id().equals(mainId)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * The components by id, for callers that look many up.
     *
     * @return id → component, in catalogue order; unmodifiable (a new map each call)
     */
    public Map<IndicatorId, Component> componentsById() {
        Map<IndicatorId, Component> map = new LinkedHashMap<>();
        for (Component c : components()) {
            map.put(c.id(), c);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * A hint for an error message about an unknown id: the components of its main indicator, or the
     * main indicators when that is unknown too.
     *
     * @param unknown an id the catalogue does not have
     * @return a sentence in the environment's language ({@link Language#fromEnvironment()}), such as "Chỉ số chính 3 (Hạ tầng số) gồm các chỉ số thành phần 3.1,
     *         3.2, 3.3, 3.4." or "Main indicator 3 (Hạ tầng số) has 3.1, 3.2, 3.3, 3.4."
     */
    public String knownIdsNear(IndicatorId unknown) {
        return knownIds(unknown).toString();
    }

    /**
     * {@link #knownIdsNear}'s sentence, written in the language of the message that shows it (a
     * load problem rendered for its reader, not in the language of the load).
     *
     * @param unknown an id the catalogue does not have
     * @return the sentence, in every language
     */
    public Message knownIds(IndicatorId unknown) {
        Optional<MainIndicator> main = mainIndicator(unknown.main());
        if (main.isPresent() && !main.get().components().isEmpty()) {
            List<IndicatorId> ids = new ArrayList<>();
            main.get().components().forEach(c -> ids.add(c.id()));
            return Message.of("api.knownIds.inMain", main.get().id().value(), main.get().name(), IndicatorId.list(ids));
        }
        List<IndicatorId> ids = new ArrayList<>();
        mainIndicators.forEach(m -> ids.add(m.id()));
        return Message.of("api.knownIds.main", IndicatorId.list(ids));
    }

    /**
     * Checks evidence against this catalogue: the entity is of the kind scored, every indicator id is
     * a component here, and every value is of the component's kind (no negative ratios or counts, no
     * unknown categories). A ratio above 1 passes: it is scored as capped and flagged by the rules.
     *
     * @param evidence the evidence to check
     * @throws InvalidEvidenceException listing every problem, one per line, each with its JSON path
     *                                  ({@code $.components[4].value (3.4): …})
     */
    public void checkEvidence(Evidence evidence) {
        checkEvidence(evidence, componentsById());
    }

    /**
     * {@link #checkEvidence(Evidence)} with the components by id already at hand, for callers that
     * check many entities.
     *
     * @param evidence the evidence to check
     * @param byId     this methodology's {@link #componentsById()}
     * @throws InvalidEvidenceException listing every problem, each with its JSON path
     */
    public void checkEvidence(Evidence evidence, Map<IndicatorId, Component> byId) {
        int most = mostEntries(byId.size());
        if (evidence.components().size() > most) {
            // refused before any entry is looked at: every entry past the components' count is a mistake (one entry per component)
            throw new InvalidEvidenceException(Message.of("api.evidence.tooManyEntries", evidence.components().size(), id, byId.size(), most));
        }
        List<Message> problems = new ArrayList<>();
        if (evidence.entity().kind() != entityKind) {
            problems.add(Message.of("api.evidence.otherKind", evidence.entity().kind().name(), id, entityKind.name()));
        }
        for (int i = 0; i < evidence.components().size(); i++) {
            ComponentEvidence ce = evidence.components().get(i);
            Component c = byId.get(ce.indicator());
            if (c != null && (ce.value() == null || valueProblem(c, ce.value()) == null)) {
                continue;
            }
            String at = "$.components[" + i + "]";
            if (c == null) {
                problems.add(Message.of("api.evidence.unknownIndicator", at, ce.indicator().value(), id,
                        ce.indicator().isMain() && mainIndicator(ce.indicator()).isPresent()
                                ? Message.of("api.evidence.mainIndicator", ce.indicator().value())
                                : knownIds(ce.indicator())));
                continue;
            }
            if (ce.value() == null) {
                continue;
            }
            Message problem = valueProblem(c, ce.value());
            if (problem != null) {
                problems.add(Message.join("", List.of(Message.text(at + ".value (" + c.id() + "): "), problem)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidEvidenceException(Message.join("\n", problems));
        }
    }

    /**
     * What is wrong with a value for a component: the check {@link #checkEvidence} applies to each
     * reported value.
     *
     * @param c the component
     * @param v a value reported for it
     * @return the problem in words (what was expected and found), or null when the value is
     *         acceptable
     */
    public static String checkValue(Component c, Value v) {
        Message problem = valueProblem(c, v);
        return problem == null ? null : problem.toString();
    }

    /** {@link #checkValue}'s problem, in every language; null when the value is acceptable. */
    private static Message valueProblem(Component c, Value v) {
        switch (c.valueKind()) {
            case YES_NO:
                return v instanceof Value.YesNo ? null : Message.of("api.value.expectedYesNo", describe(v));
            case CATEGORY:
                if (!(v instanceof Value.Category cat)) {
                    return Message.of("api.value.expectedCategory", codes(c), describe(v));
                }
                return c.category(cat.code()) != null ? null
                        : Message.of("api.value.unknownCategory", cat.code(), codes(c));
            default:
                if (!(v instanceof Value.Numeric n)) {
                    return Message.of("api.value.expectedNumber", c.valueKind().name(), describe(v));
                }
                double d = n.number();
                if (d < 0) {
                    return c.valueKind() == ValueKind.RATIO ? Message.of("api.value.negativeRatio", Double.toString(d))
                            : Message.of("api.value.negative", c.valueKind().name(), Double.toString(d));
                }
                if (d > MAX_NUMBER) {
                    return Message.of("api.value.tooLarge", c.valueKind().name(), shortForm(d));
                }
                if (c.valueKind() == ValueKind.RATIO && d > MAX_RATIO) {
                    return Message.of("api.value.ratioAboveMax", shortForm(d), shortForm(MAX_RATIO), shortForm(MAX_RATIO * 100));
                }
                if (c.valueKind() == ValueKind.COUNT && d != Math.rint(d)) {
                    return Message.of("api.value.countNotWhole", shortForm(d), shortForm(Math.floor(d)), shortForm(Math.ceil(d)));
                }
                return null;
        }
    }

    /**
     * The most entries an evidence file's {@code "components"} may list for a methodology of this
     * many components, before it is refused without looking at each: twice the components, plus 20
     * (one entry per component, and room to list a few mistakes each with its place).
     *
     * @param components the methodology's number of components
     * @return the most entries read one by one
     */
    public static int mostEntries(int components) {
        return 2 * components + 20;
    }

    /** The largest number a ratio may have in evidence: 2, i.e. 200% (as an agency's workbook reads it); above 1 is scored as 1 and flagged. */
    public static final double MAX_RATIO = 2.0;

    /** The largest number any component's value may have: 10^15 (a count, a rate or an amount of money larger than that is a mistake). */
    public static final double MAX_NUMBER = 1e15;

    /** A number as short as it reads: 27.5, 1747201, 1.0E308. */
    private static String shortForm(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    private static Message describe(Value v) {
        if (v instanceof Value.Category cat) {
            return Message.of("api.value.text", cat.code());
        }
        return Message.text("[" + v.raw() + "]");
    }

    private static String codes(Component c) {
        List<String> codes = new ArrayList<>();
        c.categories().forEach(o -> codes.add(o.code()));
        return codes.toString();
    }
}

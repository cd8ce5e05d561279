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
import vn.dti.text.Message;

/**
 * What changed between two methodology folders, and what the change does to scores: the
 * catalogue (components added, removed, renamed, max points, value kinds, agencies), each
 * scoring rule's pattern and parameters, and, for each evidence file given, every component's
 * points under the old and the new rules. The same evidence is scored both ways, so the
 * difference is the methodology's effect alone, separated from any change in the data.
 * Immutable; what {@code dti methodology diff --format json} writes.
 *
 * @param older    the old folder
 * @param newer    the new folder
 * @param changes  catalogue and rule changes, in catalogue order
 * @param evidence per evidence file, the components whose points differ, and the totals
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MethodologyDiff(Side older, Side newer, List<Change> changes, List<EvidenceEffect> evidence) {

    /**
     * One side of the comparison.
     *
     * @param id          the methodology's id
     * @param version     its version (a hash of its folder's files)
     * @param source      where it was loaded from
     * @param totalPoints its total max points
     */
    public record Side(String id, String version, String source, double totalPoints) {
    }

    /**
     * One change. {@code what}: {@code added}, {@code removed}, {@code moved} (a component renumbered:
     * the same official name under another id, {@code before} the old id and {@code after} the new),
     * {@code name}, {@code maxPoints}, {@code valueKind}, {@code categories}, {@code responsibleAgency},
     * {@code cooperatingAgencies}, {@code rule} (pattern or parameters), {@code assumption},
     * {@code totalPoints}.
     *
     * @param indicator the component or main indicator ({@code null} for the methodology's total)
     * @param what      what changed, one of the words above
     * @param before    the old value as text (null for {@code added})
     * @param after     the new value as text (null for {@code removed})
     * @param where     where the change is: the file, or the new rule's place in the run's language ("scoring.csv, dòng 23, cột C"; in English "…, row 23, column C")
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String indicator, String what, String before, String after, String where) {
    }

    /**
     * One evidence file scored under both methodologies. Each side scores the components it knows:
     * the evidence's components that a side's catalogue lacks are left out of that side's score
     * (and named here); a renumbered component's value is scored under its new id by the new rules.
     *
     * @param file         the evidence file as given
     * @param entity       the entity's id
     * @param period       the evidence's period
     * @param oldTotal     the total under the old rules, in points
     * @param newTotal     the total under the new rules, in points
     * @param components   the components whose points differ, and every one added, removed or
     *                     renumbered, in catalogue order
     * @param leftOutOfOld the evidence's components the old methodology lacks, left out of the old
     *                     score
     * @param leftOutOfNew the evidence's components the new methodology lacks (and that were not
     *                     renumbered), left out of the new score
     */
    public record EvidenceEffect(String file, String entity, String period, double oldTotal, double newTotal, List<ComponentEffect> components,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> leftOutOfOld, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> leftOutOfNew) {
        /**
         * Copies the lists.
         *
         * @param file         the evidence file
         * @param entity       the entity's id
         * @param period       the period
         * @param oldTotal     the old total
         * @param newTotal     the new total
         * @param components   not null; copied
         * @param leftOutOfOld null for none; copied
         * @param leftOutOfNew null for none; copied
         * @throws NullPointerException if {@code components} is null
         */
        public EvidenceEffect {
            components = List.copyOf(components);
            leftOutOfOld = leftOutOfOld == null ? List.of() : List.copyOf(leftOutOfOld);
            leftOutOfNew = leftOutOfNew == null ? List.of() : List.copyOf(leftOutOfNew);
        }

        /**
         * An effect where both sides know every component of the evidence.
         *
         * @param file       the evidence file
         * @param entity     the entity's id
         * @param period     the period
         * @param oldTotal   the old total
         * @param newTotal   the new total
         * @param components the components whose points differ
         */
        public EvidenceEffect(String file, String entity, String period, double oldTotal, double newTotal, List<ComponentEffect> components) {
            this(file, entity, period, oldTotal, newTotal, components, List.of(), List.of());
        }

        /**
         * The methodology's effect on this evidence's total.
         *
         * @return new total − old total, in points
         */
        public double change() {
            return newTotal - oldTotal;
        }
    }

    /**
     * One component's points under the old and the new rules: every component whose points differ,
     * and every component added, removed or renumbered.
     *
     * @param id         the component's id (the new id of a renumbered one)
     * @param oldPoints  its points under the old rules (0 when only the new has it)
     * @param newPoints  its points under the new rules (0 when only the old has it)
     * @param oldFormula the old card's formula, or null
     * @param newFormula the new card's formula, or null
     * @param kind       {@code added} (only the new methodology has it), {@code removed} (only the
     *                   old one), {@code moved} (renumbered: {@code oldId} in the old methodology);
     *                   null when both have it under one id
     * @param oldId      for a renumbered component, its id in the old methodology; else null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ComponentEffect(String id, double oldPoints, double newPoints, Message oldFormula, Message newFormula, String kind, String oldId) {
        /**
         * A component both methodologies have under one id.
         *
         * @param id         the component's id
         * @param oldPoints  its old points
         * @param newPoints  its new points
         * @param oldFormula the old formula
         * @param newFormula the new formula
         */
        public ComponentEffect(String id, double oldPoints, double newPoints, Message oldFormula, Message newFormula) {
            this(id, oldPoints, newPoints, oldFormula, newFormula, null, null);
        }

        /**
         * The component as a person reads it.
         *
         * @return {@code "9.4"}, or {@code "9.3 → 9.4"} for a renumbered component
         */
        public String label() {
            return oldId == null ? id : oldId + " → " + id;
        }

        /**
         * The methodology's effect on this component.
         *
         * @return new points − old points
         */
        public double change() {
            return newPoints - oldPoints;
        }
    }

    /**
     * Checks the sides and copies the lists.
     *
     * @param older    not null
     * @param newer    not null
     * @param changes  not null; copied
     * @param evidence not null; copied
     * @throws NullPointerException if any is null
     */
    public MethodologyDiff {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        changes = List.copyOf(changes);
        evidence = List.copyOf(evidence);
    }

    /**
     * Compares two compiled folders, and scores each evidence under both.
     *
     * @param older    the old folder's scorer
     * @param newer    the new folder's scorer
     * @param evidence evidence to score both ways (none for a catalogue and rule diff only)
     * @param files    what to call each evidence in the report (its file), in the same order
     * @return the differences
     * @throws vn.dti.api.InvalidEvidenceException if an evidence is refused by either side after
     *                                              leaving out the components that side lacks
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
        Map<IndicatorId, IndicatorId> movedFrom = renumbered(a, b);
        for (Component c : newComponents.values()) {
            IndicatorId from = movedFrom.getOrDefault(c.id(), c.id());
            Component o = oldComponents.get(from);
            if (o == null) {
                changes.add(new Change(c.id().value(), "added", null, c.name() + " (" + Points.format(c.maxPoints()) + " points)", null));
                continue;
            }
            if (!from.equals(c.id())) {
                changes.add(new Change(c.id().value(), "moved", from.value(), c.id().value(), null));
            }
            field(changes, c.id(), "name", o.name(), c.name());
            field(changes, c.id(), "maxPoints", Points.format(o.maxPoints()), Points.format(c.maxPoints()));
            field(changes, c.id(), "valueKind", o.valueKind().name(), c.valueKind().name());
            field(changes, c.id(), "categories", codes(o), codes(c));
            field(changes, c.id(), "responsibleAgency", o.responsibleAgency(), c.responsibleAgency());
            field(changes, c.id(), "cooperatingAgencies", String.join("; ", o.cooperatingAgencies()), String.join("; ", c.cooperatingAgencies()));
            ScoringRule ro = older.scoringRule(from).orElse(null);
            ScoringRule rn = newer.scoringRule(c.id()).orElse(null);
            String before = ro == null ? said("rules.diff.noRule") : ScoringPattern.describe(ro.pattern());
            String after = rn == null ? said("rules.diff.noRule") : ScoringPattern.describe(rn.pattern());
            if (!before.equals(after)) {
                changes.add(new Change(c.id().value(), "rule", before, after, rn == null ? null : rn.location().place().toString()));
            }
            if (ro != null && rn != null && !ro.assumption().equals(rn.assumption())) {
                changes.add(new Change(c.id().value(), "assumption", ro.assumption(), rn.assumption(), rn.location().place().toString()));
            }
        }
        for (Component o : oldComponents.values()) {
            if (!newComponents.containsKey(o.id()) && !movedFrom.containsValue(o.id())) {
                changes.add(new Change(o.id().value(), "removed", o.name() + " (" + Points.format(o.maxPoints()) + " points)", null, null));
            }
        }
        files(older.base().files().files(), newer.base().files().files(), changes);
        List<EvidenceEffect> effects = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            List<String> leftOutOfOld = new ArrayList<>();
            List<String> leftOutOfNew = new ArrayList<>();
            ScoreCard before = older.score(evidenceFor(e, older, newer, false, leftOutOfOld));
            ScoreCard after = newer.score(evidenceFor(e, older, newer, true, leftOutOfNew));
            effects.add(new EvidenceEffect(files.get(i), e.entity().name(), e.period().toString(), before.totalPoints(), after.totalPoints(),
                    effects(before, after, movedFrom), leftOutOfOld, leftOutOfNew));
        }
        return new MethodologyDiff(side(older), side(newer), changes, effects);
    }

    /** Per component, the points under both: those that differ, and every component added, removed or renumbered. */
    private static List<ComponentEffect> effects(ScoreCard before, ScoreCard after, Map<IndicatorId, IndicatorId> movedFrom) {
        List<ComponentEffect> components = new ArrayList<>();
        Map<IndicatorId, ComponentScore> beforeById = new LinkedHashMap<>();
        before.components().forEach(cs -> beforeById.put(cs.id(), cs));
        for (ComponentScore cs : after.components()) {
            IndicatorId from = movedFrom.getOrDefault(cs.id(), cs.id());
            ComponentScore o = beforeById.remove(from);
            if (o == null) {
                components.add(new ComponentEffect(cs.id().value(), 0, cs.points(), Message.of("rules.diff.notInOld"), cs.explanation().formula(), "added",
                        null));
            } else if (!from.equals(cs.id())) {
                components.add(new ComponentEffect(cs.id().value(), o.points(), cs.points(), o.explanation().formula(), cs.explanation().formula(),
                        "moved", from.value()));
            } else if (Math.abs(o.points() - cs.points()) > 1e-9) {
                components.add(new ComponentEffect(cs.id().value(), o.points(), cs.points(), o.explanation().formula(), cs.explanation().formula()));
            }
        }
        for (ComponentScore o : beforeById.values()) {
            components.add(new ComponentEffect(o.id().value(), o.points(), 0, o.explanation().formula(), Message.of("rules.diff.notInNew"), "removed", null));
        }
        return components;
    }

    /**
     * Components renumbered from one folder to the other: an id only the new catalogue has, whose
     * official name is that of a component only the old catalogue has (new id → old id).
     */
    static Map<IndicatorId, IndicatorId> renumbered(Methodology a, Methodology b) {
        Map<String, List<IndicatorId>> gone = new LinkedHashMap<>();
        for (Component o : a.components()) {
            if (b.componentsById().get(o.id()) == null) {
                gone.computeIfAbsent(name(o), k -> new ArrayList<>()).add(o.id());
            }
        }
        Map<IndicatorId, IndicatorId> moved = new LinkedHashMap<>();
        for (Component c : b.components()) {
            List<IndicatorId> same = a.componentsById().get(c.id()) == null ? gone.get(name(c)) : null;
            if (same != null && same.size() == 1) {
                moved.put(c.id(), same.get(0));
                gone.remove(name(c)); // one old component moves to one new id
            }
        }
        return moved;
    }

    private static String name(Component c) {
        return java.text.Normalizer.normalize(c.name().strip().replaceAll("\\s+", " "), java.text.Normalizer.Form.NFC);
    }

    /**
     * The evidence one side scores: the components it knows, a renumbered component's value under
     * its new id on the new side; the ids left out are added to {@code leftOut}. Evidence that names
     * a methodology is scored by both sides: the comparison is of rules, not of the file's label.
     *
     * @param e       the evidence as given
     * @param older   the old folder's scorer
     * @param newer   the new folder's scorer
     * @param newSide true for the new side
     * @param leftOut receives the ids the side lacks
     * @return the evidence that side scores
     */
    public static Evidence evidenceFor(Evidence e, RuleScorer older, RuleScorer newer, boolean newSide, List<String> leftOut) {
        Map<IndicatorId, Component> known = (newSide ? newer : older).methodology().componentsById();
        Map<IndicatorId, IndicatorId> movedTo = new LinkedHashMap<>();
        if (newSide) {
            renumbered(older.methodology(), newer.methodology()).forEach((to, from) -> movedTo.put(from, to));
        }
        java.util.Set<IndicatorId> given = new java.util.HashSet<>();
        e.components().forEach(ce -> given.add(ce.indicator()));
        List<vn.dti.api.ComponentEvidence> kept = new ArrayList<>();
        for (vn.dti.api.ComponentEvidence ce : e.components()) {
            IndicatorId to = movedTo.get(ce.indicator());
            if (to != null && !given.contains(to)) {
                kept.add(new vn.dti.api.ComponentEvidence(to, ce.status(), ce.value(), ce.source(), ce.documents(), ce.reportedBy(), ce.reportedAt(),
                        ce.note()));
            } else if (known.containsKey(ce.indicator())) {
                kept.add(ce);
            } else {
                leftOut.add(ce.indicator().value());
            }
        }
        if (kept.size() == e.components().size() && e.methodology() == null && movedTo.isEmpty()) {
            return e;
        }
        return new Evidence(null, e.entity(), e.period(), e.reportedAt(), e.note(), kept);
    }

    /**
     * What changed in the folder's other files: in each rule file, the rules added, removed or
     * changed (by name, with the line in the new file) and changes outside any rule (imports,
     * globals); other files (the calendar, agencies, test cases) by name. The catalogue and the
     * decision tables are compared above, component by component.
     */
    private static void files(Map<String, byte[]> a, Map<String, byte[]> b, List<Change> changes) {
        java.util.SortedSet<String> names = new java.util.TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        for (String f : names) {
            String lower = f.toLowerCase(java.util.Locale.ROOT);
            boolean table = !f.contains("/") && (lower.endsWith(".csv") || lower.endsWith(".xlsx"));
            if (f.equals("methodology.json")) {
                continue;
            }
            byte[] x = a.get(f);
            byte[] y = b.get(f);
            if (x != null && y != null && java.util.Arrays.equals(x, y)) {
                continue;
            }
            if (table && x != null && y != null) {
                tableChange(f, x, y, changes);
                continue;
            }
            if (x == null || y == null) {
                changes.add(new Change(null, x == null ? "file added" : "file removed", x == null ? null : f, y == null ? null : f, f));
                continue;
            }
            if (!f.contains("/") && lower.endsWith(".drl")) {
                ruleChanges(f, new String(x, java.nio.charset.StandardCharsets.UTF_8), new String(y, java.nio.charset.StandardCharsets.UTF_8), changes);
            } else {
                changes.add(new Change(null, "file changed", null, changedLines(x, y), f));
            }
        }
    }

    private static final java.util.regex.Pattern COMPONENT_ROW = java.util.regex.Pattern.compile("^\\s*\"?\\d+(\\.\\d+)*\"?\\s*(,|$)");

    /**
     * A decision table whose bytes differ: its component rows are compared component by component
     * above; here, its other rows (RuleSet, Import, Variables, Notes, the column types, the code
     * templates, the headers), which change every row's rule at once.
     */
    private static void tableChange(String f, byte[] x, byte[] y, List<Change> changes) {
        if (f.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            boolean explained = changes.stream().anyMatch(c -> c.where() != null && c.where().startsWith(f));
            if (!explained) {
                changes.add(new Change(null, "file changed", null, said("rules.diff.workbookOther"), f));
            }
            return;
        }
        List<String> textA = new ArrayList<>();
        List<String> textB = new ArrayList<>();
        List<Integer> rowsB = new ArrayList<>();
        String[] la = new String(x, java.nio.charset.StandardCharsets.UTF_8).split("\r?\n", -1);
        String[] lb = new String(y, java.nio.charset.StandardCharsets.UTF_8).split("\r?\n", -1);
        for (int i = 0; i < la.length; i++) {
            if (!COMPONENT_ROW.matcher(la[i]).find()) {
                textA.add(la[i].replace("\uFEFF", ""));
            }
        }
        for (int i = 0; i < lb.length; i++) {
            if (!COMPONENT_ROW.matcher(lb[i]).find()) {
                textB.add(lb[i].replace("\uFEFF", ""));
                rowsB.add(i + 1);
            }
        }
        if (textA.equals(textB)) {
            return;
        }
        int k = 0;
        while (k < textA.size() && k < textB.size() && textA.get(k).equals(textB.get(k))) {
            k++;
        }
        Message row = k < rowsB.size() ? Message.of("rules.diff.row", Integer.toString(rowsB.get(k)))
                : Message.of("rules.diff.rowsAfter", Integer.toString(rowsB.isEmpty() ? 0 : rowsB.get(rowsB.size() - 1)));
        changes.add(new Change(null, "file changed", null, said("rules.diff.rowChanged", row), f));
    }

    /**
     * A text of a change, from the catalogue, in the language of the run that compares
     * ({@link vn.dti.text.Language#fromEnvironment()}: {@code dti --lang}), as the changes' other texts.
     */
    private static String said(String key, Object... args) {
        return Message.of(key, args).toString();
    }

    /** "line 8 changed", "lines 8–12 changed" (numbered as in the new file; "dòng 8 đã thay đổi" in Vietnamese), or the sizes of a file that is not text. */
    static String changedLines(byte[] x, byte[] y) {
        String a = new String(x, java.nio.charset.StandardCharsets.UTF_8);
        String b = new String(y, java.nio.charset.StandardCharsets.UTF_8);
        if (a.indexOf('\uFFFD') >= 0 || b.indexOf('\uFFFD') >= 0 || a.indexOf('\0') >= 0 || b.indexOf('\0') >= 0) {
            return said("rules.diff.bytes", Integer.toString(x.length), Integer.toString(y.length));
        }
        if (a.replace("\r\n", "\n").equals(b.replace("\r\n", "\n"))) {
            return said("rules.diff.lineEndings", b.contains("\r\n") ? "CRLF" : "LF");
        }
        String[] la = a.split("\r?\n", -1);
        String[] lb = b.split("\r?\n", -1);
        int first = 0;
        while (first < la.length && first < lb.length && la[first].equals(lb[first])) {
            first++;
        }
        int ea = la.length - 1;
        int eb = lb.length - 1;
        while (ea >= first && eb >= first && la[ea].equals(lb[eb])) {
            ea--;
            eb--;
        }
        if (eb < first) {
            return said("rules.diff.linesRemoved", Integer.toString(ea - first + 1), Integer.toString(first));
        }
        return eb == first ? said("rules.diff.lineChanged", Integer.toString(first + 1))
                : said("rules.diff.linesChanged", Integer.toString(first + 1), Integer.toString(eb + 1));
    }

    private static final java.util.regex.Pattern RULE_START = java.util.regex.Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final java.util.regex.Pattern RULE_END = java.util.regex.Pattern.compile("^\\s*end\\s*$");

    /** A rule file's text as rule name → its text, with "" for everything outside rules; line numbers of rule starts in {@code lines}. */
    private static Map<String, String> rules(String text, Map<String, Integer> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder outside = new StringBuilder();
        String current = null;
        StringBuilder body = new StringBuilder();
        // comments blanked out (columns kept) as the load-time scan does: a commented-out rule is not a rule
        String[] all = vn.dti.rules.internal.DrlScan.withoutComments(text.split("\r?\n", -1));
        for (int i = 0; i < all.length; i++) {
            java.util.regex.Matcher m = RULE_START.matcher(all[i]);
            if (current == null && m.find()) {
                current = m.group(1);
                lines.put(current, i + 1);
                body.setLength(0);
            }
            if (current != null) {
                body.append(all[i].strip()).append('\n');
                if (RULE_END.matcher(all[i]).find()) {
                    out.put(current, body.toString());
                    current = null;
                }
            } else if (!all[i].isBlank()) {
                outside.append(all[i].strip()).append('\n');
            }
        }
        out.put("", outside.toString().strip());
        return out;
    }

    private static void ruleChanges(String file, String older, String newer, List<Change> changes) {
        Map<String, Integer> oldLines = new LinkedHashMap<>();
        Map<String, Integer> newLines = new LinkedHashMap<>();
        Map<String, String> a = rules(older, oldLines);
        Map<String, String> b = rules(newer, newLines);
        int before = changes.size();
        for (Map.Entry<String, String> e : b.entrySet()) {
            String name = e.getKey();
            String was = a.get(name);
            if (name.isEmpty()) {
                if (!e.getValue().equals(was)) {
                    changes.add(new Change(null, "file changed", null, said("rules.diff.header"), file));
                }
            } else if (was == null) {
                changes.add(new Change(null, "rule added", null, name, file + ":" + newLines.get(name)));
            } else if (!was.equals(e.getValue())) {
                changes.add(new Change(null, "rule changed", name, name, file + ":" + newLines.get(name)));
            }
        }
        for (String name : a.keySet()) {
            if (!name.isEmpty() && !b.containsKey(name)) {
                changes.add(new Change(null, "rule removed", name, null, said("rules.diff.inOldFolder", file + ":" + oldLines.get(name))));
            }
        }
        if (changes.size() == before) {
            // only comments or spacing changed: say so, so that an edit is never invisible
            changes.add(new Change(null, "file changed", null, said("rules.diff.commentsOnly"), file));
        }
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

    /**
     * Whether the two folders are the same as far as scoring goes.
     *
     * @return true when nothing differs: same catalogue, same rules, same points on every evidence
     *         given
     */
    public boolean isEmpty() {
        return changes.isEmpty() && evidence.stream().allMatch(e -> e.components().isEmpty());
    }
}

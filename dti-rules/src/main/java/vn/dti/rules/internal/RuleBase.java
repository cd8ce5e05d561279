package vn.dti.rules.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.definition.KiePackage;
import vn.dti.api.Agencies;
import vn.dti.api.Component;
import vn.dti.api.IndicatorId;
import vn.dti.api.Methodology;
import vn.dti.api.ReportingCalendar;
import vn.dti.scoring.ScoringRule;

/**
 * One methodology folder, checked and compiled ({@link Loader}): the catalogue, the compiled
 * rules (rule files and decision tables), each component's scoring rule, the numbers written in
 * the rule files, and the index from component id to slot. Immutable and shared by every
 * scoring call.
 */
public final class RuleBase {
    private final Methodology methodology;
    private final MethodologyFiles files;
    private final String version;
    private final InternalKnowledgeBase kbase;
    private final RuleOrigins origins;
    private final PatternCache patterns;
    private final List<ScoringRule> scoringRules;
    private final Component[] slots;
    private final Map<IndicatorId, Integer> slotOf;
    private final Map<IndicatorId, Component> byId;
    private final Map<String, String> tableDrl;
    private final List<RuleLiteral> literals;
    private final int ruleCount;
    /** Per slot, the last rule seen scoring it and that rule's origin: a racy cache of immutable pairs. */
    private final RuleAt[] lastRule;
    /** The reporting calendar and agencies (calendar.json, agencies.json), checked by the loader. */
    private final ReportingFiles.Result reporting;

    /** A rule's file and its place in it. */
    record RuleAt(String rule, String file, String location) {
    }

    RuleBase(Methodology methodology, MethodologyFiles files, InternalKnowledgeBase kbase, RuleOrigins origins, List<ScoringRule> scoringRules,
            Map<String, String> tableDrl, List<RuleLiteral> literals, ReportingFiles.Result reporting) {
        this.methodology = methodology;
        this.files = files;
        this.version = files.version();
        this.kbase = kbase;
        this.origins = origins;
        this.tableDrl = Collections.unmodifiableMap(tableDrl);
        this.literals = List.copyOf(literals);
        this.reporting = reporting;
        int rules = 0;
        for (KiePackage p : kbase.getKiePackages()) {
            rules += p.getRules().size();
        }
        this.ruleCount = rules;
        List<Component> all = methodology.components();
        this.slots = all.toArray(new Component[0]);
        Map<IndicatorId, Integer> index = new HashMap<>();
        for (int i = 0; i < slots.length; i++) {
            index.put(slots[i].id(), i);
        }
        this.slotOf = index;
        this.byId = methodology.componentsById();
        this.lastRule = new RuleAt[slots.length];
        List<ScoringRule> ordered = new ArrayList<>(scoringRules);
        ordered.sort((a, b) -> Integer.compare(slotOf.getOrDefault(a.component(), -1), slotOf.getOrDefault(b.component(), -1)));
        this.scoringRules = List.copyOf(ordered);
        this.patterns = new PatternCache();
        scoringRules.forEach(r -> patterns.put(r.pattern()));
    }

    /** The reporting calendar ({@code calendar.json}); {@link ReportingCalendar#NONE} when the folder has none. */
    public ReportingCalendar calendar() {
        return reporting.calendar();
    }

    /** The weights of the agencies' emulation score ({@code emulation.json}); {@link vn.dti.api.EmulationRules#DEFAULT} when the folder has none. */
    public vn.dti.api.EmulationRules emulation() {
        return reporting.emulation();
    }

    /** The agencies of the catalogue, with the aliases and groups of {@code agencies.json}. */
    public Agencies agencies() {
        return reporting.agencies();
    }

    public Methodology methodology() {
        return methodology;
    }

    public String version() {
        return version;
    }

    /** Where the folder was read from: a directory path or {@code classpath:methodologies/<id>}. */
    public String root() {
        return files.root();
    }

    public MethodologyFiles files() {
        return files;
    }

    public InternalKnowledgeBase kbase() {
        return kbase;
    }

    public RuleOrigins origins() {
        return origins;
    }

    public PatternCache patterns() {
        return patterns;
    }

    /** Each component's scoring rule as the folder states it, in catalogue order. */
    public List<ScoringRule> scoringRules() {
        return scoringRules;
    }

    /** The numbers written in the rule files' rules, in file order. */
    public List<RuleLiteral> literals() {
        return literals;
    }

    /** How many rules the knowledge base holds. */
    public int ruleCount() {
        return ruleCount;
    }

    /** The DRL Drools generates from each decision table, by file (for references and reviews). */
    public Map<String, String> tableDrl() {
        return tableDrl;
    }

    /** The folder's test cases ({@code tests/*.json}), path → bytes, in path order. */
    public Map<String, byte[]> testFiles() {
        Map<String, byte[]> found = new TreeMap<>();
        files.files().forEach((path, bytes) -> {
            if (path.startsWith("tests/") && path.endsWith(".json")) {
                found.put(path, bytes);
            }
        });
        return Collections.unmodifiableMap(found);
    }

    public int slotCount() {
        return slots.length;
    }

    public Component component(int slot) {
        return slots[slot];
    }

    /** The slot of a component, or null when the catalogue lacks it. */
    public Integer slotOf(IndicatorId id) {
        return slotOf.get(id);
    }

    public Map<IndicatorId, Component> byId() {
        return byId;
    }

    /** The file and place of the rule that scored this slot (cached per slot: it is nearly always the same rule). */
    RuleAt originOf(int slot, String rule) {
        RuleAt last = lastRule[slot];
        if (last == null || !last.rule.equals(rule)) {
            last = new RuleAt(rule, origins.fileOf(rule), origins.locationOf(rule));
            lastRule[slot] = last;
        }
        return last;
    }
}

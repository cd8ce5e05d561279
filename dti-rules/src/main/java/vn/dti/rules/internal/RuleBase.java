package vn.dti.rules.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
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
 *
 * <p>Two knowledge bases can be made of the compiled rules, each once, when first needed: every
 * rule ({@link #kbase()}: the load-time sweep, {@code -Ddti.rules.tablesInDrools=true}), and the
 * rules left once the decision-table rows applied as data ({@link #tableRows()}) are taken out
 * ({@link #sessionKbase()}: scoring).
 */
public final class RuleBase {
    private final Methodology methodology;
    private final MethodologyFiles files;
    private final String version;
    private final RulePackages packages;
    private InternalKnowledgeBase kbase;
    private InternalKnowledgeBase sessionKbase;
    private boolean sessionKbaseBuilt;
    /** The rows of decision tables applied as data, by slot, and the compiled names of their rules. */
    private final TableRows tableRows;
    private final java.util.Set<String> rowRules;
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
    /** The reporting calendar and emulation weights (calendar.json, emulation.json), checked by the loader. */
    private final ReportingCalendar calendar;
    private final vn.dti.api.EmulationRules emulation;
    /** The agencies (the catalogue's and agencies.json's), made when first asked for: a score run does not ask. */
    private final java.util.function.Supplier<Agencies> agencySource;
    private volatile Agencies agencies;

    /** A rule's file and its place in it. */
    record RuleAt(String rule, String file, String location) {
    }

    /**
     * @param asData the decision-table rows that may be applied as data, by compiled rule name
     *               ({@link DecisionTable.Result#asData()}); a row is applied so only when its rule is
     *               compiled here and is its component's only scoring rule
     */
    RuleBase(Methodology methodology, MethodologyFiles files, java.util.Collection<KiePackage> packages, RuleOrigins origins,
            List<ScoringRule> scoringRules, Map<String, String> tableDrl, List<RuleLiteral> literals, ReportingFiles.Result reporting,
            Map<String, ScoringRule> asData) {
        this(methodology, files, RulePackages.of(packages), origins, scoringRules, tableDrl, literals, reporting.calendar(), reporting.emulation(),
                reporting::agencies, asData);
    }

    /**
     * @param packages the compiled packages: all at hand, or (from the compiled cache) those
     *                 {@link #sessionPackages()} gave when the folder was compiled, the others read
     *                 when first needed
     * @param agencies the agencies, made when first asked for ({@link #agencies()}); they passed the
     *                 loader's checks
     */
    RuleBase(Methodology methodology, MethodologyFiles files, RulePackages packages, RuleOrigins origins,
            List<ScoringRule> scoringRules, Map<String, String> tableDrl, List<RuleLiteral> literals, ReportingCalendar calendar,
            vn.dti.api.EmulationRules emulation, java.util.function.Supplier<Agencies> agencies, Map<String, ScoringRule> asData) {
        this.methodology = methodology;
        this.files = files;
        this.version = files.version();
        this.packages = packages;
        this.origins = origins;
        this.tableDrl = Collections.unmodifiableMap(tableDrl);
        this.literals = List.copyOf(literals);
        this.calendar = calendar;
        this.emulation = emulation;
        this.agencySource = agencies;
        this.ruleCount = packages.ruleCount();
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
        Map<IndicatorId, Integer> rulesPerComponent = new HashMap<>();
        scoringRules.forEach(r -> rulesPerComponent.merge(r.component(), 1, Integer::sum));
        String[] rowRule = new String[slots.length];
        String[] rowLabel = new String[slots.length];
        String[] rowIndicator = new String[slots.length];
        vn.dti.scoring.ScoringPattern[] rowPattern = new vn.dti.scoring.ScoringPattern[slots.length];
        int[] rowsPerSlot = new int[slots.length];
        for (List<String> names : packages.ruleNames().values()) {
            for (String name : names) {
                ScoringRule row = asData.get(name);
                Integer slot = row == null ? null : slotOf.get(row.component());
                if (slot == null || rulesPerComponent.getOrDefault(row.component(), 0) != 1) {
                    continue;
                }
                rowsPerSlot[slot]++;
                rowRule[slot] = name;
                rowLabel[slot] = origins.label(name);
                // the catalogue's own text, which each fact of the slot carries: the row's test is then one comparison of references
                rowIndicator[slot] = slots[slot].id().value();
                rowPattern[slot] = row.pattern() instanceof vn.dti.scoring.ScoringPattern.Bands b ? patterns.bands(b.spec())
                        : row.pattern() instanceof vn.dti.scoring.ScoringPattern.Categories c ? patterns.categories(c.spec()) : row.pattern();
            }
        }
        java.util.Set<String> handled = new java.util.HashSet<>();
        for (int s = 0; s < slots.length; s++) {
            if (rowsPerSlot[s] != 1) {
                rowLabel[s] = null;     // two rules of that name: left to Drools, which reports them
            } else {
                handled.add(rowRule[s]);
            }
        }
        this.tableRows = TableRows.of(rowLabel, rowIndicator, rowPattern);
        this.rowRules = java.util.Set.copyOf(handled);
    }

    /** The reporting calendar ({@code calendar.json}); {@link ReportingCalendar#NONE} when the folder has none. */
    public ReportingCalendar calendar() {
        return calendar;
    }

    /** The weights of the agencies' emulation score ({@code emulation.json}); {@link vn.dti.api.EmulationRules#DEFAULT} when the folder has none. */
    public vn.dti.api.EmulationRules emulation() {
        return emulation;
    }

    /** The agencies of the catalogue, with the aliases and groups of {@code agencies.json}. */
    public Agencies agencies() {
        Agencies a = agencies;
        if (a == null) {
            synchronized (this) {
                a = agencies;
                if (a == null) {
                    a = agencySource.get();
                    agencies = a;
                }
            }
        }
        return a;
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

    /** A knowledge base of every compiled rule, decision-table rows included; made once, when first asked for. */
    public synchronized InternalKnowledgeBase kbase() {
        if (kbase == null) {
            kbase = KnowledgeBaseFactory.newKnowledgeBase();
            kbase.addPackages(packages.all());
        }
        return kbase;
    }

    /** The compiled rules' packages (rule files and decision tables); those not at hand are read now. */
    List<KiePackage> packages() {
        return packages.all();
    }

    /** The packages as a compiled-cache entry keeps them: those {@link #sessionPackages()} needs at hand, the others apart. */
    RulePackages storedPackages() {
        return packages.keeping(sessionPackages());
    }

    /**
     * The packages {@link #sessionKbase()} is made of: every package when no decision-table row is
     * applied as data; else those holding a rule that is not such a row, a function or a query.
     */
    List<KiePackage> sessionPackages() {
        if (rowRules.isEmpty()) {
            return packages.all();
        }
        List<KiePackage> keep = new ArrayList<>();
        for (KiePackage p : packages.atHand()) {
            int left = 0;
            for (Rule r : p.getRules()) {
                if (!rowRules.contains(r.getName())) {
                    left++;
                }
            }
            if (left > 0 || !p.getFunctionNames().isEmpty() || !p.getQueries().isEmpty()) {
                keep.add(p);
            }
        }
        return keep;
    }

    /** The decision-table rows applied as data when scoring ({@link TableRows}); empty when none can be. */
    TableRows tableRows() {
        return tableRows;
    }

    /**
     * A knowledge base of the rules that still fire in Drools when the rows of {@link #tableRows()}
     * are applied as data: the rule files and any table row in another form; the whole
     * {@link #kbase()} when no row is applied as data. Null when no rule is left (a folder of one
     * table applied entirely as data): then no session is needed. Made once, when first asked for.
     */
    public synchronized InternalKnowledgeBase sessionKbase() {
        if (rowRules.isEmpty()) {
            return kbase();
        }
        if (!sessionKbaseBuilt) {
            List<KiePackage> keep = sessionPackages();
            List<String[]> remove = new ArrayList<>();
            for (KiePackage p : keep) {
                for (Rule r : p.getRules()) {
                    if (rowRules.contains(r.getName())) {
                        remove.add(new String[] {p.getName(), r.getName()});
                    }
                }
            }
            if (!keep.isEmpty()) {
                InternalKnowledgeBase kb = KnowledgeBaseFactory.newKnowledgeBase();
                kb.addPackages(keep);
                for (String[] r : remove) {
                    if (kb.getRule(r[0], r[1]) != null) {
                        kb.removeRule(r[0], r[1]);     // a row applied as data in a package shared with rules that are not
                    }
                }
                sessionKbase = kb.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum() == 0 ? null : kb;
            }
            sessionKbaseBuilt = true;
        }
        return sessionKbase;
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

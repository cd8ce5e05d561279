package vn.dti.rules.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dti.api.Component;
import vn.dti.api.IndicatorId;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.api.Methodology;
import vn.dti.api.Points;
import vn.dti.json.DtiJson;
import vn.dti.rules.ScoreSheet;
import vn.dti.scoring.ScoringRule;

/**
 * Checks and compiles a methodology folder into a {@link RuleBase}, in this order, listing every
 * problem found, in file order:
 * <ol>
 *   <li>the catalogue parses and adds up;</li>
 *   <li>rule files and decision tables are read rule by rule and cell by cell: ids known to the
 *       catalogue, parameters readable;</li>
 *   <li>each scoring rule's parameters fit its component: points within [0, max], bands in
 *       order, goals and references above 0, categories those the catalogue lists; exactly one
 *       scoring rule per scored component;</li>
 *   <li>Drools compiles the rule files and tables ({@link RuleCompiler});</li>
 *   <li>the sweep ({@link Sweep}) scores each component on its boundary values in a scratch
 *       session: no award may fall outside [0, max].</li>
 * </ol>
 * When an earlier step finds problems, the later ones still run on what they can: the rows and
 * files without problems are compiled and swept, so that one run lists everything to fix.
 */
public final class Loader {
    private static final Logger LOG = LoggerFactory.getLogger(Loader.class);
    /**
     * The classes that check a folder before it is compiled and saved: a compiled folder saved by a
     * build with other checks is not trusted ({@link CompiledCache}).
     */
    private static final List<Class<?>> CHECKS = List.of(Loader.class, RuleBase.class, RuleCompiler.class, Sweep.class, DecisionTable.class,
            DrlScan.class, CodeCheck.class, Watchdog.class, Scoring.class, DroolsEngine.class, Recorder.class, RecordingSheet.class, PatternCache.class, RuleOrigins.class,
            Editions.class, MethodologyFiles.class, ReportingFiles.class, TableRows.class, RulePackages.class, vn.dti.scoring.ScoringPattern.class,
            vn.dti.scoring.ScoringRule.class, vn.dti.api.Methodology.class, CheckedFolder.class);

    /** The outcome of checking a folder: a compiled base, or the problems (in file order). */
    public record Outcome(RuleBase base, List<Problem> problems, Methodology methodology) {
        /** The problems as one exception. */
        public InvalidMethodologyException exception() {
            return InvalidMethodologyException.of(problems.stream().map(Problem::localized).toList());
        }
    }

    private Loader() {
    }

    /** The classes that check a folder (part of the compiled cache's key). */
    static List<Class<?>> checks() {
        return CHECKS;
    }

    /** Checks and compiles a folder; throws with every problem found, each naming its file and line or cell. */
    public static RuleBase compile(MethodologyFiles files) {
        Outcome o = build(files);
        if (o.base() == null) {
            throw o.exception();
        }
        return o.base();
    }

    /** Checks and compiles a folder, collecting every problem instead of stopping at the first. */
    public static Outcome build(MethodologyFiles files) {
        long t0 = System.nanoTime();
        String digest = files.digest();
        // a trusted compile is kept apart: it is never served to a safe load of the same folder
        String cacheKey = digest.substring(0, 16) + (files.trusted() ? "+trusted" : "");
        Outcome cached = fromCache(files, digest, cacheKey, t0);
        if (cached != null) {
            return cached;
        }
        byte[] catalogue = files.bytes(MethodologyFiles.CATALOGUE);
        if (catalogue == null) {
            return failed(null, List.of(Problem.of(files.root(), vn.dti.text.Message.of("rules.load.noCatalogue", MethodologyFiles.CATALOGUE))));
        }
        Methodology m;
        try {
            m = DtiJson.readMethodology(new ByteArrayInputStream(catalogue), files.display(MethodologyFiles.CATALOGUE));
        } catch (InvalidMethodologyException e) {
            return failed(null, List.of(catalogueProblem(files.display(MethodologyFiles.CATALOGUE), e.getMessage())));
        }
        List<String> drl = files.ruleFiles();
        List<String> tables = files.tableFiles();
        ReportingFiles.Result reporting = ReportingFiles.read(files, m);
        if (drl.isEmpty() && tables.isEmpty() && m.components().isEmpty()) {
            // Given at main-indicator level only (e.g. DTI 2021–2023 here): nothing to score by rules.
            return new Outcome(new RuleBase(m, files, List.of(), new RuleOrigins(Map.of()), List.of(), Map.of(), List.of(), reporting, Map.of()),
                    List.of(), m);
        }
        if (drl.isEmpty() && tables.isEmpty()) {
            return failed(m, List.of(Problem.of(files.root(), vn.dti.text.Message.of("rules.load.noRuleFiles"))));
        }
        Map<IndicatorId, Component> byId = m.componentsById();
        List<Problem> problems = new ArrayList<>(reporting.problems());
        List<ScoringRule> scoring = new ArrayList<>();
        List<ScoringRule> calls = new ArrayList<>();
        Map<String, ScoringRule> generated = new HashMap<>();
        Map<String, DecisionTable.Result> tableResults = new LinkedHashMap<>();
        Set<IndicatorId> withProblems = new HashSet<>();
        Map<String, Map<String, Integer>> ruleLines = new HashMap<>();
        List<RuleLiteral> literals = new ArrayList<>();
        boolean someRulesUnread = false;
        for (String f : drl) {
            DrlScan.Result r = DrlScan.scan(f, files.display(f), files.bytes(f), m, byId);
            scoring.addAll(r.scoring());
            calls.addAll(r.calls());
            problems.addAll(r.problems());
            withProblems.addAll(r.troubled());
            ruleLines.put(f, r.lines());
            literals.addAll(r.literals());
        }
        for (String f : tables) {
            DecisionTable.Result r = DecisionTable.read(f, files.display(f), files.bytes(f), m, byId);
            tableResults.put(f, r);
            generated.putAll(r.byGeneratedName());
            problems.addAll(r.problems());
            withProblems.addAll(r.troubled());
            someRulesUnread |= r.incomplete();
        }
        Set<String> skipTables = sameComponents(files, tableResults, problems);
        for (Map.Entry<String, DecisionTable.Result> t : tableResults.entrySet()) {
            if (!skipTables.contains(t.getKey())) {
                scoring.addAll(t.getValue().scoring());
                calls.addAll(t.getValue().scoring());
            }
        }
        checkRules(files, m, byId, scoring, calls, problems, withProblems, someRulesUnread);
        // safe mode: the rules' code may use the scoring API only, checked before anything is compiled or run
        Map<String, String> tablesDrl = generated(files, tableResults, skipTables, problems);
        if (!files.trusted() && !checkCode(files, drl, tablesDrl, problems)) {
            return failed(m, problems);
        }
        long tRead = System.nanoTime();

        RuleCompiler.Compiled compiled = RuleCompiler.compile(files, drl, tableResults, skipTables, tablesDrl, problems);
        Collection<KiePackage> packages = compiled.packages();
        Map<String, String> tableDrl = compiled.tableDrl();
        boolean complete = compiled.complete();
        if (packages == null) {
            return failed(m, problems);
        }
        long tCompiled = System.nanoTime();
        RuleOrigins origins = origins(files, packages, generated, ruleLines);
        boolean global = packages.stream().anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(ScoreSheet.GLOBAL)));
        if (complete && origins.size() == 0) {
            problems.add(Problem.of(files.root(), vn.dti.text.Message.of("rules.load.noRules")));
        } else if (complete && !global) {
            problems.add(Problem.of(files.root(), vn.dti.text.Message.of("rules.load.noGlobal")));
        }
        if (!global || origins.size() == 0) {
            return failed(m, problems);
        }
        List<ScoringRule> valid = scoring.stream().filter(r -> !withProblems.contains(r.component())).toList();
        Map<String, ScoringRule> asData = asData(files, drl, tableResults, skipTables, generated);
        RuleBase base = new RuleBase(m, files, packages, origins, problems.isEmpty() ? scoring : valid, tableDrl, literals, reporting, asData);
        // the knowledge base scoring uses, made now: a folder whose rules Drools cannot put together fails to load, not to score
        DroolsEngine.prepare(base);
        long tBase = System.nanoTime();
        // with problems already found, the components without any are still swept: one run lists everything to fix
        problems.addAll(Sweep.run(base, withProblems));
        if (!problems.isEmpty()) {
            return failed(m, problems);
        }
        // an entry is saved only once the same bytes passed every check, the code's included, in the same mode
        CompiledCache.write(cacheKey, CHECKS, base.storedPackages(), tableDrl, new CheckedFolder(digest, m, reporting.calendar(), reporting.agencyFile(),
                reporting.emulation(), scoring, literals, origins.byName(), asData));
        long tSwept = System.nanoTime();
        LOG.debug("Loaded methodology {} ({}) from {}: {} rules in {} ms (read and checked {} ms, compiled {} ms, knowledge base {} ms, sweep {} ms)",
                m.id(), base.version(), files.root(), origins.size(), (tSwept - t0) / 1_000_000, (tRead - t0) / 1_000_000, (tCompiled - tRead) / 1_000_000,
                (tBase - tCompiled) / 1_000_000, (tSwept - tBase) / 1_000_000);
        return new Outcome(base, List.of(), m);
    }

    /**
     * The folder as its compiled-cache entry keeps it, when there is one for these bytes: the
     * same bytes passed every check before (reading, the code check, compiling, the sweep), so
     * neither the files nor the rules are read, checked or compiled again. Null when there is no
     * entry, or it cannot be read, or it was written for other bytes.
     */
    private static Outcome fromCache(MethodologyFiles files, String digest, String cacheKey, long t0) {
        CompiledCache.Entry entry = CompiledCache.read(cacheKey, CHECKS);
        if (entry == null) {
            return null;
        }
        CheckedFolder checked = entry.checked();
        if (!checked.digest().equals(digest)) {
            LOG.debug("Ignoring the compiled cache entry {} for {}: it was written for other bytes", cacheKey, files.root());
            return null;
        }
        long tRead = System.nanoTime();
        Methodology m = checked.methodology();
        // the agencies are made when first asked for (about 40 ms in a cold JVM, Unicode normalisation's set-up most of it): scoring does not ask
        RuleBase base = new RuleBase(m, files, entry.packages(), new RuleOrigins(checked.origins()), checked.scoring(), entry.tableDrl(),
                checked.literals(), checked.calendar(), checked.emulation(), checked::agencies, checked.asData());
        DroolsEngine.prepare(base);
        long tBase = System.nanoTime();
        LOG.debug("Loaded methodology {} ({}) from {}: {} rules in {} ms (read checked and compiled from the cache {} ms, knowledge base {} ms)",
                m.id(), base.version(), files.root(), checked.origins().size(), (System.nanoTime() - t0) / 1_000_000, (tRead - t0) / 1_000_000,
                (tBase - tRead) / 1_000_000);
        return new Outcome(base, List.of(), m);
    }

    /**
     * The DRL Drools' spreadsheet compiler makes of each decision table that can be read whole,
     * by file (a table it cannot read is reported here and left out).
     */
    private static Map<String, String> generated(MethodologyFiles files, Map<String, DecisionTable.Result> tables, Set<String> skip,
            List<Problem> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, DecisionTable.Result> t : tables.entrySet()) {
            if (t.getValue().incomplete() || skip.contains(t.getKey())) {
                continue;
            }
            try {
                out.put(t.getKey(), RuleCompiler.generatedDrl(t.getValue()));
            } catch (RuntimeException e) {
                problems.add(Problem.at(files.display(t.getKey()), 0, 0, vn.dti.text.Message.of("rules.table.unreadable", Problem.rootMessage(e))));
            }
        }
        return out;
    }

    /**
     * The code of the rule files and of the DRL the tables make, against {@link CodeCheck}: every
     * refusal at its file and line (a table's at its row, or the table when it comes from its
     * RuleSet, Import, Variables or Functions rows). False when anything was refused.
     */
    private static boolean checkCode(MethodologyFiles files, List<String> drl, Map<String, String> generated, List<Problem> problems) {
        boolean clean = true;
        for (String f : drl) {
            for (CodeCheck.Refusal r : CodeCheck.check(files.bytes(f))) {
                problems.add(Problem.at(files.display(f), r.line(), r.column(), r.message()));
                clean = false;
            }
        }
        Pattern row = Pattern.compile(".+_(\\d+)");
        for (Map.Entry<String, String> t : generated.entrySet()) {
            Set<String> said = new HashSet<>();
            for (CodeCheck.Refusal r : CodeCheck.check(t.getValue().getBytes(StandardCharsets.UTF_8))) {
                clean = false;
                // a code template changed fails every row the same way: once, at the first row
                if (!said.add(r.what().in(vn.dti.text.Language.EN))) {
                    continue;
                }
                Matcher m = r.rule() == null ? null : row.matcher(r.rule());
                problems.add(Problem.cell(files.display(t.getKey()), m != null && m.matches() ? Integer.parseInt(m.group(1)) : 0, r.message()));
            }
        }
        return clean;
    }

    /** Scoring calls in a rule file that make its rules depend on, or compete with, what the tables award. */
    private static final Pattern SCORING_CALL = Pattern.compile(
            "\\.\\s*(ratio|goal|bands|category|yesNo|relative|minMax|zScaled|rankShare|award|points)\\s*\\(");
    /** Rule-file code that adds, changes or removes facts, so that table rules would match facts scoring did not make. */
    private static final Pattern FACT_CHANGE = Pattern.compile("\\b(insert|insertLogical|modify|update|retract|delete)\\s*\\(");

    /**
     * The decision-table rows that may be applied as data ({@link TableRows}), by compiled rule
     * name: the rows each table found in the bundled form ({@link DecisionTable.Result#asData()}),
     * when the rule files neither score nor read points (then which rule fires first would
     * matter: two rules scoring one component, points read before or after an award) nor add,
     * change or remove facts. Otherwise none: every row fires in Drools.
     */
    private static Map<String, ScoringRule> asData(MethodologyFiles files, List<String> drl, Map<String, DecisionTable.Result> tables,
            Set<String> skip, Map<String, ScoringRule> generated) {
        for (String f : drl) {
            String text = new String(files.bytes(f), StandardCharsets.UTF_8);
            if (SCORING_CALL.matcher(text).find() || FACT_CHANGE.matcher(text).find() || text.contains("@indicator(\"*\")")) {
                return Map.of();
            }
        }
        Map<String, ScoringRule> out = new HashMap<>();
        for (Map.Entry<String, DecisionTable.Result> t : tables.entrySet()) {
            if (skip.contains(t.getKey()) || t.getValue().incomplete()) {
                continue;
            }
            for (String rule : t.getValue().asData()) {
                ScoringRule row = generated.get(rule);
                if (row != null) {
                    out.put(rule, row);
                }
            }
        }
        return out;
    }

    /** Each compiled rule's label, file and place (a table's cell, a rule file's line). */
    private static RuleOrigins origins(MethodologyFiles files, Collection<KiePackage> packages, Map<String, ScoringRule> generated,
            Map<String, Map<String, Integer>> ruleLines) {
        Map<String, RuleOrigins.Origin> origins = new HashMap<>();
        for (KiePackage p : packages) {
            for (Rule rule : p.getRules()) {
                ScoringRule fromTable = generated.get(rule.getName());
                String file = sourceOf(rule);
                vn.dti.scoring.RuleLocation where = fromTable != null ? fromTable.location()
                        : vn.dti.scoring.RuleLocation.line(file, ruleLines.getOrDefault(file, Map.of()).getOrDefault(rule.getName(), 0), 0);
                origins.put(rule.getName(), new RuleOrigins.Origin(fromTable != null ? fromTable.rule() : rule.getName(), file, where));
            }
        }
        return new RuleOrigins(origins);
    }

    private static String sourceOf(Rule r) {
        if (r instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null
                && impl.getResource().getSourcePath() != null) {
            return impl.getResource().getSourcePath();
        }
        return "?";
    }

    private static Outcome failed(Methodology m, List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        Collections.sort(sorted);
        return new Outcome(null, List.copyOf(sorted), m);
    }

    /**
     * Two decision tables that score the same components (scoring.csv and scoring.xlsx side by
     * side, an export beside its original): one problem for the pair, and the second is neither
     * counted nor compiled, so that each component is not also reported "scored by 2 rules" and
     * Drools does not repeat it as duplicate rule names. Returns the tables left out.
     */
    private static Set<String> sameComponents(MethodologyFiles files, Map<String, DecisionTable.Result> tables, List<Problem> problems) {
        Set<String> skip = new HashSet<>();
        List<String> names = new ArrayList<>(tables.keySet());
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                if (skip.contains(names.get(i)) || skip.contains(names.get(j))) {
                    continue;
                }
                Set<IndicatorId> first = new TreeSet<>(java.util.Comparator.comparing(IndicatorId::value));
                tables.get(names.get(i)).scoring().forEach(r -> first.add(r.component()));
                List<IndicatorId> both = new ArrayList<>();
                for (ScoringRule r : tables.get(names.get(j)).scoring()) {
                    if (first.contains(r.component()) && !both.contains(r.component())) {
                        both.add(r.component());
                    }
                }
                if (both.isEmpty()) {
                    continue;
                }
                skip.add(names.get(j));
                problems.add(Problem.of(files.display(names.get(j)), both.size() == 1
                        ? vn.dti.text.Message.of("rules.load.twoTables.one", files.display(names.get(i)), summary(both))
                        : vn.dti.text.Message.of("rules.load.twoTables", both.size(), files.display(names.get(i)), summary(both))));
            }
        }
        return skip;
    }

    private static String summary(List<IndicatorId> ids) {
        if (ids.size() <= 4) {
            return String.join(", ", ids.stream().map(IndicatorId::value).toList());
        }
        return ids.get(0) + ", " + ids.get(1) + " … " + ids.get(ids.size() - 1);
    }

    /**
     * Each scoring call's parameters against its component; exactly one scoring rule per scored
     * component. {@code calls} holds every call (a rule whose branches call several patterns has
     * one scoring rule and several calls).
     */
    private static void checkRules(MethodologyFiles files, Methodology m, Map<IndicatorId, Component> byId, List<ScoringRule> scoring,
            List<ScoringRule> calls, List<Problem> problems, Set<IndicatorId> withProblems, boolean someRulesUnread) {
        for (ScoringRule r : calls) {
            Component c = byId.get(r.component());
            if (c == null) {
                continue; // reported by the scan or the table, with its place
            }
            for (vn.dti.text.Message p : r.pattern().check(c)) {
                problems.add(Problem.atRule(files.display(r.location().file()), r, p));
                withProblems.add(c.id());
            }
        }
        Map<IndicatorId, List<ScoringRule>> byComponent = new LinkedHashMap<>();
        for (ScoringRule r : scoring) {
            if (byId.containsKey(r.component())) {
                byComponent.computeIfAbsent(r.component(), k -> new ArrayList<>()).add(r);
            }
        }
        boolean wildcard = files.ruleFiles().stream().anyMatch(f -> new String(files.bytes(f), StandardCharsets.UTF_8).contains("@indicator(\"*\")"));
        for (Component c : m.components()) {
            List<ScoringRule> rules = byComponent.getOrDefault(c.id(), List.of());
            // when a table could not be read whole, its components' "no rule" would only bury the problem that says why
            if (rules.isEmpty() && c.scored() && !wildcard && !someRulesUnread && !withProblems.contains(c.id()) && !files.tableFiles().isEmpty()
                    && tableRows(scoring) > 0) {
                problems.add(missingRow(files, m, c, byComponent));
            } else if (rules.isEmpty() && c.scored() && !wildcard && !someRulesUnread && !withProblems.contains(c.id())) {
                problems.add(Problem.of(files.display(MethodologyFiles.CATALOGUE), vn.dti.text.Message.of("rules.load.noRule", c.id().value(), c.name(),
                        Points.format(c.maxPoints()))));
            } else if (rules.size() > 1) {
                ScoringRule second = rules.get(1);
                problems.add(Problem.atRule(files.display(second.location().file()), second, vn.dti.text.Message.of("rules.load.twoRules", c.id().value(), rules.size(),
                        vn.dti.text.Message.join(", ", rules.stream().map(r -> vn.dti.text.Message.of("rules.load.ruleAt", r.rule(), r.location().place())).toList()))));
                withProblems.add(c.id());
            }
        }
    }

    private static long tableRows(List<ScoringRule> scoring) {
        return scoring.stream().filter(r -> r.location().inTable()).count();
    }

    /**
     * A component the decision tables have no row for, where the other components are scored by a
     * table: its row was deleted. Reported against the table that holds the row before it (in the
     * catalogue's order), saying where to add it back.
     */
    private static Problem missingRow(MethodologyFiles files, Methodology m, Component c, Map<IndicatorId, List<ScoringRule>> byComponent) {
        ScoringRule before = null;
        ScoringRule after = null;
        boolean passed = false;
        for (Component other : m.components()) {
            if (other.id().equals(c.id())) {
                passed = true;
                continue;
            }
            List<ScoringRule> rs = byComponent.getOrDefault(other.id(), List.of());
            ScoringRule inTable = rs.stream().filter(r -> r.location().inTable()).findFirst().orElse(null);
            if (inTable != null && !passed) {
                before = inTable;
            } else if (inTable != null && after == null) {
                after = inTable;
            }
        }
        ScoringRule near = before != null ? before : after;
        String file = near == null ? files.tableFiles().get(0) : near.location().file();
        String points = Points.format(c.maxPoints());
        return Problem.of(files.display(file), before != null
                ? vn.dti.text.Message.of("rules.table.missingRow", c.id().value(), c.name(), points, before.component().value())
                : vn.dti.text.Message.of("rules.table.missingFirstRow", c.id().value(), c.name(), points));
    }

    /** The catalogue's error ("methodology.json:351:5: at $.mainIndicators[2]: …") as a problem at its line. */
    private static Problem catalogueProblem(String display, String message) {
        if (message.startsWith(display)) {
            Matcher lc = Pattern.compile("(?s):(\\d+):(\\d+): (.*)").matcher(message.substring(display.length()));
            if (lc.matches()) {
                return Problem.at(display, Integer.parseInt(lc.group(1)), Integer.parseInt(lc.group(2)), lc.group(3));
            }
            if (message.startsWith(display + ": ")) {
                return Problem.of(display, message.substring(display.length() + 2));
            }
        }
        return Problem.of(display, message);
    }
}

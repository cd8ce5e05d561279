package vn.dti.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dti.api.Component;
import vn.dti.api.IndicatorId;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.api.Methodology;
import vn.dti.json.DtiJson;

/**
 * One methodology folder, checked and compiled once: the catalogue, the compiled rules, and the
 * index from component id to slot. Immutable and shared by every scoring call.
 */
final class RuleBase {
    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);
    private static final Pattern LINE_COL = Pattern.compile("[Ll]ine (\\d+):(\\d+)");
    static final String GLOBAL = "score";

    final Methodology methodology;
    final String version;
    final String root;
    final InternalKnowledgeBase kbase;
    /** The folder's test cases ({@code tests/*.json}), path → bytes. */
    final Map<String, byte[]> testFiles;
    final Component[] slots;
    final Map<IndicatorId, Integer> slotOf;
    final Map<IndicatorId, Component> byId;
    private final Map<String, String> ruleFiles;

    private RuleBase(Methodology methodology, String version, String root, InternalKnowledgeBase kbase, Map<String, String> ruleFiles,
            Map<String, byte[]> testFiles) {
        this.testFiles = testFiles;
        this.methodology = methodology;
        this.version = version;
        this.root = root;
        this.kbase = kbase;
        this.ruleFiles = ruleFiles;
        List<Component> all = methodology.components();
        this.slots = all.toArray(new Component[0]);
        Map<IndicatorId, Integer> index = new HashMap<>();
        for (int i = 0; i < slots.length; i++) {
            index.put(slots[i].id(), i);
        }
        this.slotOf = new HashMap<>(index);
        this.byId = methodology.componentsById();
        this.lastRuleFile = new RuleFile[slots.length];
    }

    int slotCount() {
        return slots.length;
    }

    /** Per slot, the last rule seen scoring it and that rule's file: a racy cache of immutable pairs. */
    private final RuleFile[] lastRuleFile;

    private record RuleFile(String rule, String file) {
    }

    /** The file of the rule that scored this slot (cached per slot: it is nearly always the same rule). */
    String fileOf(int slot, String rule) {
        RuleFile last = lastRuleFile[slot];
        if (last != null && last.rule.equals(rule)) {
            return last.file;
        }
        String file = fileOf(rule);
        lastRuleFile[slot] = new RuleFile(rule, file);
        return file;
    }

    String fileOf(String rule) {
        String f = ruleFiles.get(rule);
        return f == null ? "?" : f;
    }

    /** Checks and compiles a folder; throws with every problem found, each naming file and line. */
    static RuleBase compile(MethodologyFiles files) {
        long t0 = System.nanoTime();
        Map<String, byte[]> found = new java.util.TreeMap<>();
        files.files().forEach((path, bytes) -> {
            if (path.startsWith("tests/") && path.endsWith(".json")) {
                found.put(path, bytes);
            }
        });
        Map<String, byte[]> tests = java.util.Collections.unmodifiableMap(found);
        byte[] catalogue = files.files().get(MethodologyFiles.CATALOGUE);
        if (catalogue == null) {
            throw new InvalidMethodologyException(files.root() + ": no " + MethodologyFiles.CATALOGUE
                    + " in this folder. A methodology folder holds " + MethodologyFiles.CATALOGUE + " (the catalogue) and .drl rule files.");
        }
        Methodology m = DtiJson.readMethodology(new ByteArrayInputStream(catalogue), files.display(MethodologyFiles.CATALOGUE));
        List<String> drl = files.ruleFiles();
        if (drl.isEmpty() && m.components().isEmpty()) {
            // Given at main-indicator level only (e.g. DTI 2021–2023 here): nothing to score by rules.
            LOG.debug("Methodology {} has no components and no rule files", m.id());
            return new RuleBase(m, files.version(), files.root(), KnowledgeBaseFactory.newKnowledgeBase(), Map.of(), tests);
        }
        if (drl.isEmpty()) {
            throw new InvalidMethodologyException(files.root() + ": no .drl rule files; add at least one file of scoring rules and one of completeness rules.");
        }
        Map<IndicatorId, Component> byId = m.componentsById();
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> declared = new LinkedHashMap<>();
        for (String f : drl) {
            RuleFileScan.scan(f, files.display(f), files.files().get(f), m, byId, problems, declared);
        }

        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, RuleBase.class.getClassLoader()));
        for (String f : drl) {
            kb.add(ResourceFactory.newByteArrayResource(files.files().get(f)).setSourcePath(f), ResourceType.DRL);
        }
        if (kb.hasErrors()) {
            for (KnowledgeBuilderError e : kb.getErrors()) {
                // Drools adds this after any parser error; it says nothing the parser error doesn't.
                if (e.getMessage() == null || !e.getMessage().contains("Parser returned a null Package")) {
                    problems.add(describe(files, e));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidMethodologyException(problems);
        }
        InternalKnowledgeBase kbase = KnowledgeBaseFactory.newKnowledgeBase();
        kbase.addPackages(kb.getKnowledgePackages());

        Map<String, String> ruleFiles = new HashMap<>();
        Map<String, List<String>> scoredBy = new HashMap<>();
        for (KiePackage p : kbase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                String file = sourceOf(r);
                ruleFiles.put(r.getName(), file);
                Object meta = r.getMetaData().get("indicator");
                if (meta != null) {
                    for (String id : meta.toString().split(",")) {
                        scoredBy.computeIfAbsent(id.strip(), k -> new ArrayList<>()).add(r.getName());
                    }
                }
            }
        }
        if (ruleFiles.isEmpty()) {
            problems.add(files.root() + ": the rule files hold no rules.");
        }
        if (!scoredBy.containsKey("*")) {
            for (Component c : m.components()) {
                if (c.scored() && !scoredBy.containsKey(c.id().value())) {
                    problems.add(files.display(MethodologyFiles.CATALOGUE) + ": component " + c.id() + " (" + c.name() + ", "
                            + vn.dti.api.Points.format(c.maxPoints()) + " points) has no rule that can score it; add a rule with @indicator(\""
                            + c.id() + "\") to a .drl file.");
                }
            }
        }
        if (kbase.getGlobals().get(GLOBAL) == null && !ruleFiles.isEmpty()) {
            problems.add(files.root() + ": no rule file declares 'global vn.dti.rules.ScoreSheet score'; rules award points through it.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidMethodologyException(problems);
        }
        String version = files.version();
        LOG.debug("Compiled methodology {} ({}) from {}: {} rules in {} ms", m.id(), version, files.root(), ruleFiles.size(),
                (System.nanoTime() - t0) / 1_000_000);
        return new RuleBase(m, version, files.root(), kbase, java.util.Collections.unmodifiableMap(ruleFiles), tests);
    }

    private static String sourceOf(Rule r) {
        if (r instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null
                && impl.getResource().getSourcePath() != null) {
            return impl.getResource().getSourcePath();
        }
        return "?";
    }

    private static final Pattern CULPRIT = Pattern.compile(
            "The method (\\w+)\\(|(\\w+) cannot be resolved|The type (\\w+)|The constructor (\\w+)|field (\\w+)");

    /**
     * Drools places a consequence's Java errors on the rule's first line; this finds the line inside
     * the consequence that holds the name the compiler complains about, or else the first line after
     * {@code then}. Returns {line, column} (1-based) or null.
     */
    static int[] consequenceLine(byte[] bytes, int ruleLine, String message) {
        if (bytes == null) {
            return null;
        }
        String[] lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\r?\n", -1);
        int then = -1;
        int end = lines.length;
        for (int i = ruleLine - 1; i < lines.length; i++) {
            String t = lines[i].strip();
            if (then < 0 && (t.equals("then") || t.startsWith("then ") || t.startsWith("then\t"))) {
                then = i;
            } else if (then >= 0 && t.equals("end")) {
                end = i;
                break;
            }
        }
        if (then < 0) {
            return null;
        }
        Matcher m = CULPRIT.matcher(message);
        if (m.find()) {
            String name = null;
            for (int g = 1; g <= m.groupCount() && name == null; g++) {
                name = m.group(g);
            }
            for (int i = then; i < end; i++) {
                int at = lines[i].indexOf(name);
                if (at >= 0) {
                    return new int[] {i + 1, at + 1};
                }
            }
        }
        for (int i = then + 1; i < end; i++) {
            if (!lines[i].isBlank()) {
                return new int[] {i + 1, lines[i].length() - lines[i].stripLeading().length() + 1};
            }
        }
        return null;
    }

    private static String describe(MethodologyFiles files, KnowledgeBuilderError e) {
        String file = e.getResource() != null && e.getResource().getSourcePath() != null
                ? files.display(e.getResource().getSourcePath()) : files.root();
        String message = e.getMessage() == null ? "" : e.getMessage().strip().replaceAll("\\s*\\n\\s*", " ");
        int line = -1;
        int col = -1;
        Matcher lc = LINE_COL.matcher(message);
        if (lc.find()) {
            line = Integer.parseInt(lc.group(1));
            col = Integer.parseInt(lc.group(2)) + 1;
        } else if (e.getLines() != null && e.getLines().length > 0 && e.getLines()[0] > 0) {
            line = e.getLines()[0];
            if (message.contains("Rule Compilation error") && e.getResource() != null) {
                int[] precise = consequenceLine(files.files().get(e.getResource().getSourcePath()), line, message);
                if (precise != null) {
                    line = precise[0];
                    col = precise[1];
                }
            }
        }
        return file + (line > 0 ? ":" + line : "") + (col > 0 ? ":" + col : "") + ": " + message;
    }
}

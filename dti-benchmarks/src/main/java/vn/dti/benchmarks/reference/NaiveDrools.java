package vn.dti.benchmarks.reference;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import vn.dti.api.MainIndicator;
import vn.dti.rules.ComponentValue;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleEngine;
import vn.dti.rules.RuleScorer;
import vn.dti.rules.ScoreSheet;

/**
 * The "typical" Drools implementation, as a reference: a session per entity; every rule
 * {@code modify}s its fact as it fires (so the engine re-evaluates after each firing); main and
 * overall totals by {@code accumulate} rules. Its rules are the bundled rule files rewritten in
 * that style (same conditions and consequences), so it applies the same methodology and records
 * into the same {@link RuleEngine.Awards}: its score cards equal the library's. The accumulated totals
 * are checked against the card's sums.
 */
public final class NaiveDrools implements RuleEngine {
    private static final Pattern RULE = Pattern.compile("(?s)rule\\s+\"([^\"]+)\"(.*?)\\n\\s*when\\s*\\n(.*?)\\n\\s*then\\s*\\n(.*?)\\nend");
    private static final Pattern FACT = Pattern.compile("\\$v\\s*:\\s*ComponentValue\\s*\\((.*?)\\)\\s*$", Pattern.DOTALL);

    private final InternalKnowledgeBase kbase;
    private final List<MainIndicator> mains;

    private NaiveDrools(InternalKnowledgeBase kbase, List<MainIndicator> mains) {
        this.kbase = kbase;
        this.mains = mains;
    }

    /** A scorer of a bundled methodology with naive rules derived from its rule files and decision tables. */
    public static RuleScorer scorer(String id) {
        RuleScorer library = Methodologies.bundled(id);
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, NaiveDrools.class.getClassLoader()));
        for (var file : library.drl().entrySet()) {
            kb.add(ResourceFactory.newByteArrayResource(naive(file.getValue()).getBytes(StandardCharsets.UTF_8)).setSourcePath(file.getKey()),
                    ResourceType.DRL);
        }
        kb.add(ResourceFactory.newByteArrayResource(TOTALS.getBytes(StandardCharsets.UTF_8)).setSourcePath("naive-totals.drl"), ResourceType.DRL);
        if (kb.hasErrors()) {
            throw new IllegalStateException("naive rules do not compile: " + kb.getErrors());
        }
        InternalKnowledgeBase kbase = KnowledgeBaseFactory.newKnowledgeBase();
        kbase.addPackages(kb.getKnowledgePackages());
        return library.withEngine(new NaiveDrools(kbase, library.methodology().mainIndicators()));
    }

    /** Rewrites lean rules in the typical style: match the mutable fact, modify it when firing. */
    static String naive(String drl) {
        String text = drl.replaceFirst("import vn.dti.rules.ComponentValue;?", "import vn.dti.rules.ComponentValue\nimport vn.dti.benchmarks.reference.NaiveFact");
        Matcher m = RULE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Matcher fact = FACT.matcher(m.group(3).strip());
            if (!fact.find()) {
                throw new IllegalStateException("rule " + name + ": unexpected pattern " + m.group(3));
            }
            String constraints = fact.group(1).strip();
            String guard = "hasFired(\"" + name + "\") == false";
            String lhs = "\n    $f : NaiveFact( " + guard + (constraints.isEmpty() ? "" : ", " + constraints) + ", $v : value )\n";
            String rhs = m.group(4).stripTrailing() + "\n    modify($f) { markFired(\"" + name + "\"), setPoints(score.points($v)) }";
            m.appendReplacement(out, Matcher.quoteReplacement("rule \"" + name + "\"" + m.group(2) + "when" + lhs + "then" + rhs + "\nend"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final String TOTALS = String.join("\n",
            "package vn.dti.naive.totals",
            "import vn.dti.benchmarks.reference.NaiveFact",
            "import vn.dti.benchmarks.reference.NaiveTotal",
            "rule \"Main indicator total\" salience -100",
            "when",
            "    $t : NaiveTotal( main, done == false, $id : id )",
            "    accumulate( NaiveFact( main == $id, $p : points ); $sum : sum( $p ) )",
            "then",
            "    modify($t) { setPoints(((Number) $sum).doubleValue()), setDone(true) }",
            "end",
            "rule \"Total\" salience -200",
            "when",
            "    $t : NaiveTotal( main == false, done == false )",
            "    not NaiveTotal( main, done == false )",
            "    accumulate( NaiveTotal( main, $p : points ); $sum : sum( $p ) )",
            "then",
            "    modify($t) { setPoints(((Number) $sum).doubleValue()), setDone(true) }",
            "end", "");

    @Override
    public void fire(ComponentValue[][] facts, ScoreSheet sheet, Awards recorder) {
        for (ComponentValue[] entity : facts) {
            KieSession session = kbase.newKieSession();
            try {
                session.setGlobal(ScoreSheet.GLOBAL, sheet);
                for (ComponentValue v : entity) {
                    session.insert(new NaiveFact(v));
                }
                List<NaiveTotal> totals = new ArrayList<>();
                for (MainIndicator mi : mains) {
                    if (!mi.components().isEmpty()) {
                        NaiveTotal t = new NaiveTotal(mi.id().value());
                        totals.add(t);
                        session.insert(t);
                    }
                }
                NaiveTotal total = new NaiveTotal(null);
                session.insert(total);
                session.fireAllRules();
                double expected = 0;
                for (ComponentValue v : entity) {
                    expected += sheet.points(v);
                }
                if (!total.isDone() || Math.abs(total.getPoints() - expected) > 1e-6) {
                    throw new IllegalStateException("naive accumulate total " + total.getPoints() + " differs from " + expected);
                }
            } finally {
                session.dispose();
            }
        }
    }

}

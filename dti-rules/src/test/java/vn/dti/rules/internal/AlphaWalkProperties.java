package vn.dti.rules.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import org.drools.base.base.ValueResolver;
import org.drools.core.common.DefaultFactHandle;
import org.kie.api.runtime.KieSession;
import vn.dti.api.ReportStatus;
import vn.dti.api.ValueKind;
import vn.dti.rules.ComponentValue;
import vn.dti.rules.Methodologies;

/**
 * The alpha network's walk written as a class ({@link WalkCompiler}) reaches exactly the rules the
 * walk done on the nodes as data reaches, bit for bit, for facts of every kind: NaN and infinite
 * numbers, negative and huge days, absent texts, every status and kind. The rule file holds one rule
 * per form the compiler writes (a flag, its negation, a decimal or a whole number against a number,
 * two properties, a text or an enum equal or not, nodes shared by several rules, a rule with no
 * constraint) and forms it leaves to Drools ({@code ||}, a method call), beside the bundled
 * methodology's own rule files.
 */
class AlphaWalkProperties {
    private static final String[] FORMS = {
        "reported", "!reported", "reported, aboveOne", "reported, !quarter, daysAfterPeriod > 31", "reported, documents > 0, daysBeforePeriod > 1096",
        "reported, quarter, daysAfterPeriod > graceDays", "number > 0.10", "number <= -1.5", "ratio >= max", "max > 0", "documents == 0",
        "documents != 2", "daysLate >= 1", "daysLate < 0", "graceDays <= daysLate", "indicator == \"6.9\"", "indicator != \"1.1\"",
        "category == \"head\"", "reportedBy == \"Sở Nội vụ\"", "status == ReportStatus.NOT_REPORTED, max > 0, !groupReport",
        "status != ReportStatus.REPORTED", "kind == ValueKind.RATIO, number < 0.25", "kind != ValueKind.YES_NO", "number == 0.5",
        "number > 0.1 || documents > 3", "indicator.startsWith(\"6\")", "entity == 1", "slot < 10", "",
    };
    private static final DirectRules RULES = rules();
    private static final AlphaWalk COMPILED = RULES.compiledWalk();
    private static final AlphaWalk INTERPRETED = RULES.interpretedWalk();
    private static final KieSession SESSION = base().sessionKbase().newKieSession();

    private static RuleBase base;

    private static RuleBase base() {
        if (base == null) {
            try {
                Path dir = Files.createTempDirectory("dti-walk");
                Methodologies.export("vn-dti-province-2025", dir.resolve("m"));
                StringBuilder drl = new StringBuilder(String.join("\n", "package vn.dti.methodology.province2025.walk", "import vn.dti.rules.ComponentValue",
                        "import vn.dti.api.FindingCode", "import vn.dti.api.ReportStatus", "import vn.dti.api.ValueKind",
                        "global vn.dti.rules.ScoreSheet score", ""));
                for (int i = 0; i < FORMS.length; i++) {
                    drl.append("rule \"walk ").append(i).append("\"\nwhen\n    $v : ComponentValue( ").append(FORMS[i]).append(" )\nthen\n")
                            .append("    score.finding(kcontext, $v, FindingCode.OUT_OF_RANGE, score.message(\"rules.finding.notReported\", $v.getIndicator()));\nend\n");
                }
                Files.writeString(dir.resolve("m/walk.drl"), drl, StandardCharsets.UTF_8);
                base = Loader.compile(MethodologyFiles.fromDirectory(dir.resolve("m")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return base;
    }

    private static DirectRules rules() {
        DirectRules rules = DirectRules.of(base().sessionKbase(), false);
        assertNotNull(rules, "the walk's rule file fires directly");
        return rules;
    }

    @Example
    void theWalk_isAClassOfItsOwn_andTheFormsDroolsTests_stayDrools() {
        assertTrue(RULES.walkIsCompiled());
        int[] counts = RULES.constraintCounts();
        assertEquals(counts[1] - 3, counts[0], "left to Drools: number == 0.5, the || and the method call");
    }

    /**
     * Where a number is NaN both walks ask Drools' own constraint, whose answer to a comparison with
     * NaN changes once its evaluator is compiled, on a thread of its own, after 20 uses ({@code NaN <= -1.5}
     * false, then true): the interpreted walk is asked before and after the compiled one, and the
     * compiled one must agree with it when its answer held, with one of its answers when it changed.
     */
    @Example
    void aNetworkTooLargeForOneCompiledMethod_isWalkedAsData() {
        // a chain of tests, each reaching a rule: 70 + 12 bytes of code counted for each
        AlphaWalk.Step chain = null;
        int steps = WalkCompiler.MAX_CODE / 82 + 1;
        for (int i = 0; i < steps; i++) {
            chain = new AlphaWalk.Step(null, null, chain == null ? new AlphaWalk.Step[0] : new AlphaWalk.Step[] {chain}, new int[] {i});
        }
        assertTrue(WalkCompiler.walk(new AlphaWalk.Step[] {chain}, new int[0]) instanceof AlphaWalk.Interpreted);
        assertFalse(WalkCompiler.walk(chain.below(), new int[0]) instanceof AlphaWalk.Interpreted,
                "one test fewer fits; its constraint, null here, is only asked when the walk runs");
    }

    @Property(tries = 400)
    void theCompiledWalk_reachesWhatTheInterpretedWalkReaches(@ForAll("facts") ComponentValue v) {
        int words = (RULES.ruleNames().size() + 63) >>> 6;
        long[] before = new long[words];
        long[] compiled = new long[words];
        long[] after = new long[words];
        DefaultFactHandle handle = new DefaultFactHandle(0, v);
        ValueResolver resolver = (ValueResolver) SESSION;
        boolean anyBefore = INTERPRETED.reach(v, before, handle, resolver);
        boolean anyCompiled = COMPILED.reach(v, compiled, handle, resolver);
        INTERPRETED.reach(v, after, handle, resolver);
        if (java.util.Arrays.equals(before, after) || !java.util.Arrays.equals(after, compiled)) {
            assertArrayEquals(before, compiled, () -> describe(v) + ": " + differing(before, compiled));
        }
        assertEquals(anyBefore, anyCompiled);
        assertTrue(anyCompiled, "the rule with no constraint is reached by every fact");
    }

    /** The fact's every property, as the rules read them. */
    private static String describe(ComponentValue v) {
        return String.join(", ", "entity " + v.getEntity(), "slot " + v.getSlot(), "indicator " + v.getIndicator(), "status " + v.getStatus(),
                "kind " + v.getKind(), "number " + v.getNumber(), "ratio " + v.getRatio(), "max " + v.getMax(), "yes " + v.isYes(),
                "category " + v.getCategory(), "documents " + v.getDocuments(), "automatic " + v.isAutomatic(), "after " + v.getDocumentsAfterPeriod(),
                "daysAfterPeriod " + v.getDaysAfterPeriod(), "daysBeforePeriod " + v.getDaysBeforePeriod(), "reportedBy " + v.getReportedBy(),
                "cooperating " + v.isCooperatingReport(), "daysLate " + v.getDaysLate(), "quarter " + v.isQuarter(), "graceDays " + v.getGraceDays());
    }

    /** The rules one walk reaches and the other does not. */
    private static String differing(long[] expected, long[] actual) {
        List<String> names = RULES.ruleNames();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            long bit = 1L << i;
            if ((expected[i >>> 6] & bit) != (actual[i >>> 6] & bit)) {
                out.add(((expected[i >>> 6] & bit) != 0 ? "only interpreted: " : "only compiled: ") + names.get(i));
            }
        }
        return out.toString();
    }

    @Example
    void aFactOfTheBudgetShare_reachesTheRulesAHandWrittenTestWould() {
        ComponentValue v = new ComponentValue(1, 3, "6.9", ReportStatus.REPORTED, ValueKind.RATIO, 0.2, false, null, 10, 0, false, 0, 40, 0,
                new ComponentValue.Report("Sở Nội vụ", "Sở Nội vụ", false, LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1), "", 1, false, 0));
        long[] reached = new long[(RULES.ruleNames().size() + 63) >>> 6];
        assertTrue(COMPILED.reach(v, reached, new DefaultFactHandle(0, v), (ValueResolver) SESSION));
        List<Integer> rules = new ArrayList<>();
        List<String> names = RULES.ruleNames();
        for (int i = 0; i < names.size(); i++) {
            if ((reached[i >>> 6] & 1L << i) != 0 && names.get(i).startsWith("walk ")) {
                rules.add(Integer.parseInt(names.get(i).substring("walk ".length())));
            }
        }
        rules.sort(null);
        // reported (0); not a quarter, 40 days after the period (3); 0.2 > 0.10 (6); max 10 > 0 (9); no document (10, 11);
        // one day late (12), grace 0 <= 1 (14); indicator 6.9 (15, 16); reported by Sở Nội vụ (18); a ratio of 0.2 < 0.25 (21),
        // not yes/no (22); the || and the method call (24, 25); entity 1 (26), slot 3 (27); no constraint (28)
        assertEquals(List.of(0, 3, 6, 9, 10, 11, 12, 14, 15, 16, 18, 21, 22, 24, 25, 26, 27, 28), rules);
        assertFalse(rules.contains(1), "!reported");
    }

    @Provide
    Arbitrary<ComponentValue> facts() {
        Arbitrary<Double> number = Arbitraries.oneOf(Arbitraries.doubles().between(-3, 3), Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, 0.1, 0.25, 0.5, -1.5, 0.0, -0.0));
        Arbitrary<Long> days = Arbitraries.oneOf(Arbitraries.longs().between(-5, 2000), Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, 31L, 32L, 1096L, 1097L));
        Arbitrary<String> text = Arbitraries.of("6.9", "1.1", "6.10", "head", "none", "Sở Nội vụ", "", null);
        Arbitrary<ComponentValue.Report> report = Combinators.combine(Arbitraries.of("Sở Nội vụ", "Sở Tài chính", ""), Arbitraries.of(true, false), days,
                Arbitraries.of(true, false), days).as((by, cooperating, late, quarter, grace) -> new ComponentValue.Report(by, "Sở Nội vụ", cooperating,
                        LocalDate.of(2025, 12, 1), LocalDate.of(2025, 11, 30), "", late, quarter, grace));
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 50), text.filter(t -> t != null),
                Arbitraries.of(ReportStatus.class), Arbitraries.of(ValueKind.class), number, Arbitraries.of(true, false), text).flatAs(
                        (entity, slot, indicator, status, kind, n, yes, category) -> Combinators.combine(number, Arbitraries.integers().between(0, 3),
                                Arbitraries.of(true, false), Arbitraries.integers().between(0, 3), days, days, report)
                                .as((max, documents, automatic, after, daysAfter, daysBefore, r) -> new ComponentValue(entity, slot, indicator, status,
                                        kind, n, yes, category, max, documents, automatic, after, daysAfter, daysBefore, r)));
    }
}

package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.drools.base.base.ValueResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.runtime.KieSession;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Evidence;
import vn.dti.api.FindingCode;
import vn.dti.api.IndicatorId;
import vn.dti.api.ReportStatus;
import vn.dti.api.ScoreCard;
import vn.dti.json.DtiJson;
import vn.dti.rules.internal.AlphaGate;
import vn.dti.rules.internal.DroolsEngine;
import vn.dti.rules.internal.Loader;
import vn.dti.rules.internal.MethodologyFiles;
import vn.dti.rules.internal.RuleBase;
import vn.dti.rules.internal.Scoring;
import vn.dti.text.Language;

/**
 * Inserting only the facts some rule can see ({@link AlphaGate}, the default) and inserting every
 * fact ({@code -Ddti.rules.insertAll=true}) give the same score cards, byte for byte, with the
 * table rows as data and in Drools; the gate keeps out a fact no rule file's rule matches, lets in
 * one a rule does, and one a {@code not} of another rule must see.
 */
class AlphaGateProperties {
    private static final RuleBase BASE = Loader.compile(MethodologyFiles.fromClasspath(Fixtures.PROVINCE_2025));
    // through the agenda: the rule files' rules would otherwise fire without a session (DirectRulesProperties)
    private static final Scoring GATED = new Scoring(BASE, new DroolsEngine(BASE, false, false, true));
    private static final Scoring ALL = new Scoring(BASE, new DroolsEngine(BASE, false, true, true));
    private static final Scoring GATED_TABLES = new Scoring(BASE, new DroolsEngine(BASE, true, false));
    private static final Scoring ALL_TABLES = new Scoring(BASE, new DroolsEngine(BASE, true, true));

    /** Evidence of any status, value and documents, reported on any day of the year after the period or none (late reports too). */
    @Provide
    Arbitrary<Evidence> evidence() {
        Arbitrary<LocalDate> reported = Arbitraries.integers().between(0, 120).map(d -> LocalDate.of(2024, 1, 1).plusDays(d)).injectNull(0.3);
        return Combinators.combine(Fixtures.evidenceFor(Fixtures.province2025()), reported)
                .as((e, at) -> new Evidence(e.methodology(), e.entity(), e.period(), at, e.note(), e.components()));
    }

    @Property(tries = 120)
    void sameCards_gatedOrEveryFact(@ForAll("evidence") Evidence e) {
        assertSame(ALL.score(List.of(e), false), GATED.score(List.of(e), false));
        assertSame(ALL_TABLES.score(List.of(e), false), GATED.score(List.of(e), false));
        assertSame(ALL_TABLES.score(List.of(e), false), GATED_TABLES.score(List.of(e), false));
    }

    @Test
    void keepsOut_aFactNoRuleMatches_letsIn_oneARuleDoes() {
        AlphaGate gate = AlphaGate.of(BASE.sessionKbase());
        assertFalse(gate.open(), "the bundled rule files test each fact before it reaches a rule");
        Evidence e = Fixtures.evidence(
                new ComponentEvidence(IndicatorId.of("1.3"), ReportStatus.REPORTED, vn.dti.api.Value.yesNo(true), null, List.of(Fixtures.doc()), null, null, null),
                new ComponentEvidence(IndicatorId.of("1.4"), ReportStatus.REPORTED, vn.dti.api.Value.yesNo(true), null, List.of(), null, null, null));
        ComponentValue[] facts = GATED.facts(0, e);
        KieSession session = BASE.sessionKbase().newKieSession();
        try {
            ValueResolver resolver = (ValueResolver) session;
            int admitted = 0;
            int zero = 0;
            for (ComponentValue v : facts) {
                boolean in = gate.admits(v, resolver);
                admitted += in ? 1 : 0;
                if (v.getIndicator().equals("1.3")) {
                    assertFalse(in, "1.3 is reported with a document of the period: no rule file's rule matches it");
                } else if (v.getIndicator().equals("1.4")) {
                    assertTrue(in, "1.4 has no document: \"No evidence document\" matches it");
                } else {
                    // "Not reported" matches a component not reported that is worth points
                    assertEquals(v.getMax() > 0, in, v.getIndicator() + " is not reported, worth " + v.getMax());
                    zero += v.getMax() > 0 ? 0 : 1;
                }
            }
            assertEquals(facts.length - 1 - zero, admitted);
        } finally {
            session.dispose();
        }
        ScoreCard gated = GATED.score(List.of(e), false).get(0);
        assertSame(ALL.score(List.of(e), false), List.of(gated));
        assertEquals(FindingCode.NO_EVIDENCE_DOCUMENT, finding(gated, "1.4"));
    }

    @Test
    void letsIn_aFactANotOfAnotherRuleMustSee(@TempDir Path dir) throws IOException {
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        // 1.4 is flagged unless 1.3 is reported with two documents: 1.3's fact matters only to the "not"
        Files.writeString(dir.resolve("joins.drl"), String.join("\n",
                "package vn.dti.methodology.province2025.joins",
                "import vn.dti.rules.ComponentValue",
                "import vn.dti.api.FindingCode",
                "global vn.dti.rules.ScoreSheet score",
                "rule \"1.4 without 1.3's two documents\"",
                "when",
                "    $v : ComponentValue( indicator == \"1.4\", reported )",
                "    not ComponentValue( indicator == \"1.3\", documents == 2 )",
                "then",
                "    score.finding(kcontext, $v, FindingCode.OUT_OF_RANGE, score.message(\"rules.finding.notReported\", $v.getIndicator()));",
                "end", ""), StandardCharsets.UTF_8);
        RuleBase joins = Loader.compile(MethodologyFiles.fromDirectory(dir));
        Scoring gated = new Scoring(joins, new DroolsEngine(joins, false, false, true));
        Scoring all = new Scoring(joins, new DroolsEngine(joins, false, true, true));
        for (int docs = 1; docs <= 2; docs++) {
            List<vn.dti.api.Document> documents = new ArrayList<>();
            for (int d = 0; d < docs; d++) {
                documents.add(Fixtures.doc());
            }
            Evidence e = Fixtures.evidence(
                    new ComponentEvidence(IndicatorId.of("1.3"), ReportStatus.REPORTED, vn.dti.api.Value.yesNo(true), null, documents, null, null, null),
                    new ComponentEvidence(IndicatorId.of("1.4"), ReportStatus.REPORTED, vn.dti.api.Value.yesNo(true), null, List.of(Fixtures.doc()), null, null,
                            null));
            ScoreCard card = gated.score(List.of(e), false).get(0);
            assertSame(all.score(List.of(e), false), List.of(card));
            assertEquals(docs == 2 ? null : FindingCode.OUT_OF_RANGE, finding(card, "1.4"), docs + " document(s) on 1.3");
        }
    }

    private static FindingCode finding(ScoreCard card, String id) {
        return card.components().stream().filter(c -> c.id().value().equals(id)).flatMap(c -> c.findings().stream())
                .map(vn.dti.api.Finding::code).findFirst().orElse(null);
    }

    /** The same cards, and the same JSON in every language. */
    private static void assertSame(List<ScoreCard> expected, List<ScoreCard> actual) {
        for (Language l : Language.values()) {
            assertEquals(DtiJson.write(expected, l), DtiJson.write(actual, l));
        }
    }
}

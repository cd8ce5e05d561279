package vn.dti.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.ScoreCard;
import vn.dti.cohort.Cohort;
import vn.dti.cohort.CohortFiles;
import vn.dti.cohort.CohortRanker;
import vn.dti.cohort.CohortRanking;
import vn.dti.cohort.CohortScores;
import vn.dti.json.DtiJson;
import vn.dti.planning.Change;
import vn.dti.planning.Effort;
import vn.dti.planning.GapsReport;
import vn.dti.planning.Planner;
import vn.dti.planning.Situation;
import vn.dti.planning.Target;
import vn.dti.planning.Targets;
import vn.dti.planning.TargetsFile;
import vn.dti.planning.TargetsReport;
import vn.dti.planning.WhatIf;
import vn.dti.rules.RuleScorer;
import vn.dti.text.Message;

/**
 * The stateless API, for other systems: the command line's scoring and planning commands over
 * HTTP, with the same inputs (the files as parts of a form, named after the options) and the same
 * JSON (what {@code --format json} prints). Each handler reads its parts, calls the library once,
 * and writes the library's JSON.
 */
final class ScoringApi {
    private final MethodologyService methodologies;

    ScoringApi(MethodologyService methodologies) {
        this.methodologies = methodologies;
    }

    /** {@code dti score}: the evidence as a JSON body, or as the form's {@code evidence} part. */
    void score(Context ctx, Principal who) {
        RuleScorer scorer = methodologies.forRequest(ctx.queryParam("methodology"));
        Http.Upload evidence = ctx.isJson() ? Http.jsonBody(ctx, "request body") : Http.file(ctx, "evidence", Http.MAX_JSON_BYTES);
        Http.json(ctx, score(scorer, evidence));
    }

    /** {@code dti gaps --format json}. */
    void gaps(Context ctx, Principal who) {
        RuleScorer scorer = methodologies.forRequest(ctx.queryParam("methodology"));
        String by = Http.oneOf(ctx, "by", GapsReport.BY_INDICATOR, GapsReport.BY_INDICATOR, GapsReport.BY_AGENCY);
        Situation s = situation(ctx, scorer);
        Http.json(ctx, GapsReport.of(s, by));
    }

    /** {@code dti whatif --format json}. */
    void whatIf(Context ctx, Principal who) {
        RuleScorer scorer = methodologies.forRequest(ctx.queryParam("methodology"));
        List<Change> changes = new ArrayList<>();
        for (String text : Http.fields(ctx, "set")) {
            try {
                changes.add(Change.parse(text, scorer.methodology()));
            } catch (IllegalArgumentException e) {
                throw Problem.badRequest("BAD_FIELD", Text.aboutField("set", Message.text(sentence(e.getMessage()))));
            }
        }
        Situation s = situation(ctx, scorer);
        try {
            Http.json(ctx, WhatIf.run(s, changes));
        } catch (InvalidEvidenceException e) {
            throw Problem.badRequest("BAD_FIELD", Text.aboutField("set", e.message()));
        }
    }

    /** {@code dti plan --format json}: targets as {@code target} fields and/or a {@code targets} file, an optional {@code effort} file. */
    void plan(Context ctx, Principal who) {
        RuleScorer scorer = methodologies.forRequest(ctx.queryParam("methodology"));
        List<Target> targets = new ArrayList<>();
        for (String text : Http.fields(ctx, "target")) {
            try {
                targets.add(Target.parse(text, scorer.methodology()));
            } catch (IllegalArgumentException e) {
                throw Problem.badRequest("BAD_FIELD", Text.aboutField("target:", Message.text(sentence(e.getMessage()))));
            }
        }
        Http.Upload file = Http.optionalFile(ctx, "targets", Http.MAX_JSON_BYTES);
        if (file != null) {
            targets.addAll(TargetsFile.read(file.bytes(), file.name(), scorer.methodology()).parsed(scorer.methodology()));
        }
        if (targets.isEmpty()) {
            throw Problem.badRequest("MISSING_PART", Text.noTargets());
        }
        Http.Upload effortFile = Http.optionalFile(ctx, "effort", Http.MAX_JSON_BYTES);
        Effort effort = effortFile == null ? Effort.UNIFORM : Effort.read(effortFile.bytes(), effortFile.name(), scorer.methodology());
        Situation s = situation(ctx, scorer);
        for (Target t : targets) {
            boolean rank = t.subject() == Target.Subject.RANK || t.subject() == Target.Subject.TOP;
            if (rank && s.ranking().isEmpty()) {
                throw Problem.badRequest("NEEDS_COHORT", Text.targetNeedsCohort(t.toString()));
            }
            String why = Targets.cannotTell(s, t);
            if (why != null) {
                throw Problem.badRequest("TARGET_SAYS_NOTHING", Text.targetSaysNothing(t.toString(), why));
            }
        }
        Http.json(ctx, Planner.plan(s, targets, effort));
    }

    /** {@code dti targets --format json}. */
    void targets(Context ctx, Principal who) {
        RuleScorer scorer = methodologies.forRequest(ctx.queryParam("methodology"));
        Http.Upload file = Http.file(ctx, "targets", Http.MAX_JSON_BYTES);
        TargetsFile targets = TargetsFile.read(file.bytes(), file.name(), scorer.methodology());
        Situation s = situation(ctx, scorer);
        Http.json(ctx, TargetsReport.of(s, targets, file.name()));
    }

    /** {@code dti rank --format json}: the {@code cohort} file, the evidence files it names as {@code cohortEvidence} parts. */
    void rank(Context ctx, Principal who) {
        RuleScorer scorer = methodologies.forRequest(ctx.queryParam("methodology"));
        int top = Http.intField(ctx, "top", 10, 1);
        String region = Http.field(ctx, "region");
        Http.Upload file = Http.file(ctx, "cohort", Http.MAX_JSON_BYTES);
        Cohort cohort = cohort(ctx, file);
        CohortRanking ranking;
        try {
            ranking = CohortScores.rank(scorer, cohort, top);
        } catch (InvalidEvidenceException e) {
            throw new InvalidEvidenceException(Text.aboutFile(file.name(), e.message()));
        }
        ranking = ranking.withWarnings(scorer.rankingWarnings(ranking));
        Http.json(ctx, region == null || region.isBlank() ? ranking : CohortRanker.region(ranking, region));
    }

    /** Scores one evidence file; its problems name the file, line and column, as {@code dti score} names them. */
    static ScoreCard score(RuleScorer scorer, Http.Upload evidence) {
        Evidence e = DtiJson.readEvidence(evidence.bytes(), evidence.name());
        try {
            return scorer.score(e);
        } catch (InvalidEvidenceException ex) {
            throw new InvalidEvidenceException(DtiJson.locateComponents(evidence.bytes(), evidence.name(), ex.getMessage()));
        }
    }

    /** The {@code evidence} part scored alone, or in the {@code cohort} part's cohort with its {@code top}. */
    private Situation situation(Context ctx, RuleScorer scorer) {
        Http.Upload evidence = Http.file(ctx, "evidence", Http.MAX_JSON_BYTES);
        score(scorer, evidence);   // the evidence's own problems, located in its file
        Evidence e = DtiJson.readEvidence(evidence.bytes(), evidence.name());
        Http.Upload cohortFile = Http.optionalFile(ctx, "cohort", Http.MAX_JSON_BYTES);
        if (cohortFile == null) {
            return Situation.alone(scorer, e);
        }
        int top = Http.intField(ctx, "top", 10, 1);
        Cohort cohort = cohort(ctx, cohortFile);
        try {
            return Situation.inCohort(scorer, cohort, e, top);
        } catch (InvalidEvidenceException ex) {
            throw new InvalidEvidenceException(Text.aboutFile(cohortFile.name(), ex.message()));
        }
    }

    /** A cohort file; the entities it gives by {@code evidenceFile} take the {@code cohortEvidence} part of that file name. */
    private static Cohort cohort(Context ctx, Http.Upload file) {
        List<Http.Upload> evidence = Http.files(ctx, "cohortEvidence", Http.MAX_JSON_BYTES);
        try {
            return CohortFiles.readCohort(file.bytes(), file.name(), name -> {
                for (Http.Upload u : evidence) {
                    if (u.name().equals(name)) {
                        return DtiJson.readEvidence(u.bytes(), u.name());
                    }
                }
                throw new InvalidEvidenceException(Text.cohortEvidenceMissing(file.name(), name));
            });
        } catch (InvalidEvidenceException e) {
            throw e.getMessage().startsWith(file.name()) ? e : new InvalidEvidenceException(Text.aboutFile(file.name(), e.message()));
        }
    }

    /** A library message ending in one full stop, as the command line writes a usage error. */
    private static String sentence(String message) {
        String m = message.stripTrailing();
        return m.endsWith(".") ? m : m + ".";
    }
}

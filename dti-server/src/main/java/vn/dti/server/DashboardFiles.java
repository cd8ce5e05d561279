package vn.dti.server;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.dti.api.DtiException;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Methodology;
import vn.dti.cohort.Cohort;
import vn.dti.cohort.CohortFiles;
import vn.dti.planning.Situation;
import vn.dti.planning.TargetsFile;
import vn.dti.rules.RuleScorer;

/**
 * The files the served dashboard reads beside the reporting record, as {@code dti dashboard --cohort
 * --targets} does ({@code dti serve --cohort --targets}): read once on start, so a file that does
 * not read stops the start with its reason, not a page later. The targets are parsed against the
 * methodology active at each request.
 *
 * @param cohort      the cohort the entity is ranked in, or null for no rank
 * @param targets     the targets file's bytes, or null for none
 * @param targetsName the targets file's name, for its messages
 */
record DashboardFiles(Cohort cohort, byte[] targets, String targetsName) {
    /** No cohort, no targets: the served dashboard shows no rank and no plan, and says so in words. */
    static final DashboardFiles NONE = new DashboardFiles(null, null, null);

    /** The N of "main indicators in the top N" ({@code dti dashboard --top}'s default). */
    static final int TOP = 10;

    /**
     * Reads the files.
     *
     * @param cohort  the cohort file, or null
     * @param targets the targets file, or null
     * @return what the served dashboard reads
     * @throws DtiException naming the file when one does not read
     */
    static DashboardFiles read(Path cohort, Path targets) {
        Cohort c = null;
        if (cohort != null) {
            try {
                c = CohortFiles.readCohort(cohort);
            } catch (InvalidEvidenceException e) {
                throw new DtiException(e.getMessage().startsWith(cohort.toString()) ? e.getMessage() : cohort + ": " + e.getMessage());
            }
        }
        byte[] bytes = null;
        if (targets != null) {
            try {
                bytes = Files.readAllBytes(targets);
            } catch (java.io.IOException e) {
                throw new DtiException(targets + ": cannot be read (" + e.getMessage() + ").");
            }
        }
        return new DashboardFiles(c, bytes, targets == null ? null : targets.getFileName().toString());
    }

    /**
     * The entity's situation: inside the cohort when there is one, else alone.
     *
     * @param scorer   the methodology's scorer
     * @param evidence the entity's evidence
     * @return the situation
     */
    Situation situation(RuleScorer scorer, Evidence evidence) {
        return cohort == null ? Situation.alone(scorer, evidence) : Situation.inCohort(scorer, cohort, evidence, TOP);
    }

    /**
     * The targets, parsed against a methodology.
     *
     * @param m the methodology active now
     * @return the targets file, or null when none was given
     */
    TargetsFile targetsFile(Methodology m) {
        return targets == null ? null : TargetsFile.read(targets, targetsName, m);
    }
}

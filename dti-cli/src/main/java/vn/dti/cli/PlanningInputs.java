package vn.dti.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Methodology;
import vn.dti.cohort.Cohort;
import vn.dti.cohort.CohortFiles;
import vn.dti.json.DtiJson;
import vn.dti.planning.Change;
import vn.dti.planning.Effort;
import vn.dti.planning.Situation;
import vn.dti.planning.Target;
import vn.dti.rules.RuleScorer;

/** The inputs the planning commands share: the entity's evidence, alone or in a cohort; targets; changes; effort. */
final class PlanningInputs {
    private PlanningInputs() {
    }

    /** The inputs an --out must not replace: methodology folder files, evidence, cohort (and its evidence files), other files. */
    static List<Path> files(String methodology, Path evidence, Path cohort, Path... others) {
        List<Path> inputs = new ArrayList<>(Inputs.methodologyFiles(methodology));
        inputs.add(evidence);
        if (cohort != null) {
            inputs.add(cohort);
            try {
                inputs.addAll(CohortFiles.evidenceFiles(cohort));
            } catch (InvalidEvidenceException e) {
                // reported with its place when the cohort is read
            }
        }
        for (Path p : others) {
            if (p != null) {
                inputs.add(p);
            }
        }
        return inputs;
    }

    /** The entity's evidence scored alone, or in the cohort; errors name the file (and line) at fault. */
    static Situation situation(RuleScorer scorer, Path evidence, Path cohort, int top) {
        Inputs.score(scorer, evidence); // evidence problems, located in its file
        return situation(scorer, DtiJson.readEvidence(evidence), cohort, top);
    }

    /** Evidence (e.g. merged from a workspace) scored alone, or in the cohort. */
    static Situation situation(RuleScorer scorer, Evidence ev, Path cohort, int top) {
        if (cohort == null) {
            return Situation.alone(scorer, ev);
        }
        Cohort c;
        try {
            c = CohortFiles.readCohort(cohort);
        } catch (InvalidEvidenceException e) {
            throw e.getMessage().startsWith(cohort.toString()) ? e : new InvalidEvidenceException(cohort + ": " + e.getMessage());
        }
        try {
            return Situation.inCohort(scorer, c, ev, top);
        } catch (InvalidEvidenceException e) {
            throw new InvalidEvidenceException(cohort + ": " + e.getMessage());
        }
    }

    /** --target options parsed; a bad one is a usage error naming it. */
    static List<Target> targets(picocli.CommandLine.Model.CommandSpec spec, List<String> texts, Methodology m) {
        List<Target> out = new ArrayList<>();
        for (String t : texts) {
            try {
                out.add(Target.parse(t, m));
            } catch (IllegalArgumentException e) {
                throw Options.usage(spec, sentence("--target: " + e.getMessage()));
            }
        }
        return out;
    }

    /** A message ending in one full stop, whether or not the library's own message ends with one. */
    private static String sentence(String message) {
        String m = message.stripTrailing();
        return m.endsWith(".") ? m : m + ".";
    }

    /** --set options parsed; a bad one is a usage error naming it. */
    static List<Change> changes(picocli.CommandLine.Model.CommandSpec spec, List<String> texts, Methodology m) {
        List<Change> out = new ArrayList<>();
        for (String t : texts) {
            try {
                out.add(Change.parse(t, m));
            } catch (IllegalArgumentException e) {
                throw Options.usage(spec, sentence("--set " + e.getMessage()));
            }
        }
        return out;
    }

    static Effort effort(Path file, Methodology m) {
        return file == null ? Effort.UNIFORM : Effort.read(file, m);
    }
}

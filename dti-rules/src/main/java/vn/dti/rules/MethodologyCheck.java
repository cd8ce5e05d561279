package vn.dti.rules;

import java.nio.file.Path;
import java.util.List;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.rules.internal.MethodologyFiles;
import vn.dti.rules.internal.Problem;
import vn.dti.rules.internal.Loader;

/**
 * Everything that can be checked about a methodology folder without evidence: the catalogue, the
 * rule files and decision tables cell by cell, each rule's parameters against the catalogue, the
 * compilation, the boundary sweep, and then the folder's own test cases. Unlike loading, which
 * stops with an exception, a check lists every problem, in file order.
 *
 * @param source   where the folder was read from
 * @param id       the methodology id (null when the catalogue cannot be read)
 * @param version  the folder's version (a hash of its files)
 * @param problems every problem, in file order, each naming its file and line or cell; empty when valid
 * @param tests    the folder's own test cases (run only when the folder is valid)
 * @param scorer   the compiled scorer, when valid
 */
public record MethodologyCheck(String source, String id, String version, List<String> problems, List<MethodologyTests.Result> tests,
        RuleScorer scorer) {

    /** Checks a bundled methodology by id, or a folder. */
    public static MethodologyCheck of(String idOrFolder) {
        return of(Methodologies.files(idOrFolder));
    }

    /** Checks a folder on disk. */
    public static MethodologyCheck of(Path folder) {
        return of(MethodologyFiles.fromDirectory(folder));
    }

    /** Checks a folder on disk, naming it {@code name} in every problem instead of its path (see {@link Methodologies#load(Path, String)}). */
    public static MethodologyCheck of(Path folder, String name) {
        return of(MethodologyFiles.fromDirectory(folder).named(name));
    }

    static MethodologyCheck of(MethodologyFiles files) {
        Loader.Outcome o = Loader.build(files);
        String id = o.methodology() == null ? null : o.methodology().id();
        if (o.base() == null) {
            return new MethodologyCheck(files.root(), id, files.version(), o.problems().stream().map(Problem::toString).toList(), List.of(), null);
        }
        RuleScorer scorer = new RuleScorer(o.base());
        List<MethodologyTests.Result> tests;
        try {
            tests = MethodologyTests.run(scorer);
        } catch (InvalidMethodologyException e) {
            return new MethodologyCheck(files.root(), id, files.version(), e.problems(), List.of(), null);
        }
        return new MethodologyCheck(files.root(), id, files.version(), List.of(), tests, scorer);
    }

    public MethodologyCheck {
        problems = List.copyOf(problems);
        tests = List.copyOf(tests);
    }

    /** True when the folder loads: no problem found. */
    public boolean valid() {
        return problems.isEmpty();
    }

    /** True when valid and every test case passes. */
    public boolean passed() {
        return valid() && tests.stream().allMatch(MethodologyTests.Result::passed);
    }

    /** One line: what was checked and the outcome. */
    public String summary() {
        if (!valid()) {
            return (id == null ? source : id) + ": invalid, " + problems.size() + (problems.size() == 1 ? " problem." : " problems.");
        }
        long failed = tests.stream().filter(t -> !t.passed()).count();
        int rules = scorer.scoringRules().size();
        return id + " (version " + version + ") from " + source + ": valid; " + scorer.methodology().components().size() + " components, "
                + rules + " scoring rules checked on their boundary values; " + (tests.isEmpty() ? "no test cases"
                        : (tests.size() - failed) + " of " + tests.size() + " test cases pass") + ".";
    }
}

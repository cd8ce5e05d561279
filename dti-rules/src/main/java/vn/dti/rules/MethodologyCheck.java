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
 * stops with an exception, a check lists every problem, in file order. Immutable.
 *
 * @param source   where the folder was read from: its path, or {@code classpath:methodologies/<id>}
 * @param id       the methodology id (null when the catalogue cannot be read)
 * @param version  the folder's version (a hash of its files)
 * @param problems every problem, in file order, each naming its file and line or cell; empty when
 *                 valid
 * @param tests    the folder's own test cases (run only when the folder is valid)
 * @param scorer   the compiled scorer, when valid; null otherwise
 */
public record MethodologyCheck(String source, String id, String version, List<String> problems, List<MethodologyTests.Result> tests,
        RuleScorer scorer) {

    /**
     * Checks a folder, or else a bundled methodology by id (as {@link Methodologies#resolve}
     * decides). Takes as long as a load plus the test cases.
     *
     * @param idOrFolder a folder's path or a bundled methodology's id
     * @return the outcome; problems are listed in it, not thrown
     * @throws InvalidMethodologyException if it is neither a folder nor a bundled id
     * @throws vn.dti.api.DtiException     if the folder cannot be read
     */
    public static MethodologyCheck of(String idOrFolder) {
        return of(idOrFolder, false);
    }

    /**
     * Checks a folder, or else a bundled methodology by id, in safe mode or, with {@code trustCode},
     * in trusted mode: the rules' code is not checked and runs as it is, in this process (see
     * {@link Methodologies#load(Path, boolean)}).
     *
     * @param idOrFolder a folder's path or a bundled methodology's id
     * @param trustCode  true to skip the check of the rules' code
     * @return the outcome; problems are listed in it, not thrown
     * @throws InvalidMethodologyException if it is neither a folder nor a bundled id
     * @throws vn.dti.api.DtiException     if the folder cannot be read
     */
    public static MethodologyCheck of(String idOrFolder, boolean trustCode) {
        return of(Methodologies.files(idOrFolder).trusted(trustCode));
    }

    /**
     * Checks a folder on disk.
     *
     * @param folder a folder holding {@code methodology.json}
     * @return the outcome; problems are listed in it, not thrown
     * @throws vn.dti.api.DtiException if the folder cannot be read
     */
    public static MethodologyCheck of(Path folder) {
        return of(MethodologyFiles.fromDirectory(folder));
    }

    /**
     * Checks a folder on disk, naming it {@code name} in every problem instead of its path (see
     * {@link Methodologies#load(Path, String)}).
     *
     * @param folder a folder holding {@code methodology.json}
     * @param name   what the problems call the folder (e.g. the uploaded file's name)
     * @return the outcome; problems are listed in it, not thrown
     * @throws vn.dti.api.DtiException if the folder cannot be read
     */
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

    /**
     * Copies the lists.
     *
     * @param source   where the folder was read from
     * @param id       the id, or null
     * @param version  the version
     * @param problems not null; copied
     * @param tests    not null; copied
     * @param scorer   the scorer, or null
     * @throws NullPointerException if a list is null
     */
    public MethodologyCheck {
        problems = List.copyOf(problems);
        tests = List.copyOf(tests);
    }

    /**
     * Whether the folder loads.
     *
     * @return true when no problem was found
     */
    public boolean valid() {
        return problems.isEmpty();
    }

    /**
     * Whether the folder can be served.
     *
     * @return true when valid and every test case passes
     */
    public boolean passed() {
        return valid() && tests.stream().allMatch(MethodologyTests.Result::passed);
    }

    /**
     * One line: what was checked and the outcome, for a log or a terminal.
     *
     * @return e.g. "vn-dti-province-2025 (version …) from …: valid; 47 components, 49 scoring rules
     *         checked on their boundary values; 18 of 18 test cases pass." (with failing cases:
     *         "… 17 of 18 test cases pass, 1 fails.")
     */
    public String summary() {
        if (!valid()) {
            return (id == null ? source : id) + ": invalid, " + problems.size() + (problems.size() == 1 ? " problem." : " problems.");
        }
        long failed = tests.stream().filter(t -> !t.passed()).count();
        int rules = scorer.scoringRules().size();
        return id + " (version " + version + ") from " + source + ": valid; " + scorer.methodology().components().size() + " components, "
                + rules + " scoring rules checked on their boundary values; " + (tests.isEmpty() ? "no test cases"
                        : (tests.size() - failed) + " of " + tests.size() + " test cases pass" + (failed == 0 ? "" : ", " + failed + (failed == 1 ? " fails" : " fail")))
                + ".";
    }
}

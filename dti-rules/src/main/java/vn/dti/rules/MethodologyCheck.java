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
     * One line: what was checked and the outcome, in English for an operator's log; a person reads
     * {@link #summaryMessage()}.
     *
     * @return e.g. "vn-dti-province-2025 (version …) from …: valid; 47 components, 49 scoring rules
     *         checked on their boundary values; 18 of 18 test cases pass." (with failing cases:
     *         "… 17 of 18 test cases pass, 1 fails.")
     */
    public String summary() {
        return summaryMessage().in(vn.dti.text.Language.EN);
    }

    /**
     * {@link #summary()} in the reader's language: what a terminal, a page or the service's check
     * report shows ({@code rules.check.*}: "vn-dti-province-2025 (phiên bản …) từ …: hợp lệ; 47 chỉ
     * số thành phần, …; 18/18 ca kiểm thử đạt.").
     *
     * @return the line, in every language
     */
    public vn.dti.text.Message summaryMessage() {
        if (!valid()) {
            return vn.dti.text.Message.of(problems.size() == 1 ? "rules.check.invalidOne" : "rules.check.invalid", id == null ? source : id, problems.size());
        }
        long failed = tests.stream().filter(t -> !t.passed()).count();
        vn.dti.text.Message cases = tests.isEmpty() ? vn.dti.text.Message.of("rules.check.casesNone")
                : failed == 0 ? vn.dti.text.Message.of("rules.check.casesPass", tests.size() - failed, tests.size())
                : failed == 1 ? vn.dti.text.Message.of("rules.check.casesFailOne", tests.size() - failed, tests.size())
                : vn.dti.text.Message.of("rules.check.casesFail", tests.size() - failed, tests.size(), failed);
        return vn.dti.text.Message.of("rules.check.valid", id, version, source, scorer.methodology().components().size(), scorer.scoringRules().size(), cases);
    }
}

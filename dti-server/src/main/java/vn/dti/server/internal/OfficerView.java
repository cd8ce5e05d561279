package vn.dti.server.internal;

import java.util.List;

/**
 * The methodology officer's page: the upload of an edited decision table or folder, its answer
 * (every problem by cell, or the candidate stored with its diff, its effect on the province's
 * current evidence and its test cases), the activation, and every stored version and activation.
 *
 * @param canChange  whether the account may upload and activate (an officer; the admin only looks)
 * @param active     the active version's hash
 * @param exportHref the active version's folder with its tables as workbooks (scoring.xlsx)
 * @param result     the answer to an upload or an activation; null when there is none
 * @param candidate  the version shown in full (uploaded, or chosen in the list); null when none
 * @param versions   every stored version, newest first
 * @param activations every activation, newest first
 */
public record OfficerView(boolean canChange, String active, String exportHref, ClerkView.Result result, Candidate candidate, List<VersionRow> versions,
        List<ActivationRow> activations) {
    /** Copies the lists. */
    public OfficerView {
        versions = List.copyOf(versions);
        activations = List.copyOf(activations);
    }

    /**
     * A stored version shown in full.
     *
     * @param version     its hash
     * @param origin      what was uploaded, in words
     * @param against     the version it is compared with (the active one)
     * @param state       valid, tests passed or failed, active: in words
     * @param changes     what changes against the active version
     * @param effects     each entity's evidence scored both ways
     * @param tests       its test cases
     * @param notCompared evidence that could not be scored both ways, each with why
     * @param activatable valid, every test case passes, not active: the activation is offered
     * @param whyNot      why it is not offered; null when it is, or when the version is active
     */
    public record Candidate(String version, String origin, String against, String state, List<ChangeRow> changes, List<EffectRow> effects,
            List<TestRow> tests, List<String> notCompared, boolean activatable, String whyNot) {
        /** Copies the lists. */
        public Candidate {
            changes = List.copyOf(changes);
            effects = List.copyOf(effects);
            tests = List.copyOf(tests);
            notCompared = List.copyOf(notCompared);
        }

        /** @return every test case passed (the list may then stay folded) */
        public boolean allPassed() {
            return tests.stream().allMatch(TestRow::passed);
        }
    }

    /**
     * One change of the catalogue or a rule.
     *
     * @param indicator the component or main indicator (empty for the whole methodology)
     * @param what      what changed, in words
     * @param before    the old value as text
     * @param after     the new value as text
     */
    public record ChangeRow(String indicator, String what, String before, String after) {
    }

    /**
     * One entity's current evidence scored under the active version and the candidate.
     *
     * @param file       the entity and period
     * @param before     the total under the active version
     * @param after      the total under the candidate
     * @param change     after − before, signed
     * @param sign       up, down or same (for its colour)
     * @param components each component whose points change: "8.2: 11 → 22"
     */
    public record EffectRow(String file, String before, String after, String change, String sign, List<String> components) {
        /** Copies the list. */
        public EffectRow {
            components = List.copyOf(components);
        }
    }

    /**
     * One test case of the version.
     *
     * @param name     the case's name
     * @param where    its file and line
     * @param passed   whether it passed
     * @param result   passed or failed, in words
     * @param problems what differs (expected and actual points), as the library says it
     */
    public record TestRow(String name, String where, boolean passed, String result, List<String> problems) {
        /** Copies the list. */
        public TestRow {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A stored version in the list.
     *
     * @param version  its hash
     * @param origin   what was uploaded
     * @param by       who uploaded it (or the service, for the first)
     * @param when     when, in Vietnam's time
     * @param tests    its test result in words
     * @param testsOk  every test case passed
     * @param active   it is the active version
     * @param href     its page
     */
    public record VersionRow(String version, String origin, String by, String when, String tests, boolean testsOk, boolean active, String href) {
    }

    /**
     * One activation.
     *
     * @param version the version made active
     * @param by      who activated it
     * @param when    when
     */
    public record ActivationRow(String version, String by, String when) {
    }
}

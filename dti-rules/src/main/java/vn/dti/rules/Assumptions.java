package vn.dti.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dti.api.ReportStatus;
import vn.dti.rules.internal.DrlScan;
import vn.dti.rules.internal.MethodologyFiles;
import vn.dti.scoring.ScoringRule;

/**
 * What a methodology folder marks as an assumption, read from the folder itself: a decision
 * table's row whose assumption column (DESCRIPTION) starts with a mark, {@code GIẢ ĐỊNH} (the
 * Vietnamese word, which the bundled tables write: {@code GIẢ ĐỊNH: tỷ lệ × điểm tối đa …}) or
 * {@code ASSUMPTION} (the English word, still accepted); a rule of a rule file whose comment block
 * just above it, or the file's header comment, contains either mark (the rule files write
 * {@code // ASSUMPTION: …}, {@code // GIẢ ĐỊNH: …} or {@code // 2.1: ASSUMPTION …});
 * and the treatment of missing values, when the rule that handles a component not reported
 * ({@code status == ReportStatus.NOT_REPORTED}) is marked so (and a component declared not
 * applicable, when that rule is). Anything else, e.g. a goal that the province's own plan sets,
 * is a stated fact, not an assumption. The planners' rank sensitivity ({@code vn.dti.planning.Sensitivity})
 * varies exactly these.
 *
 * @param marked        the scoring rules marked as assumptions, in the folder's order
 * @param missingValues the words of the marked rule(s) on missing values; null when not marked
 * @param missing       the report statuses whose treatment is marked (empty when not marked)
 */
public record Assumptions(List<ScoringRule> marked, String missingValues, Set<ReportStatus> missing) {
    /** The English word that marks an assumption. */
    public static final String MARK = "ASSUMPTION";
    /** The Vietnamese words that mark an assumption, as the bundled tables write it. */
    public static final String MARK_VI = "GIẢ ĐỊNH";
    /** Both marks: a text that starts with (a table's cell) or contains (a rule file's comment) either is marked. */
    public static final List<String> MARKS = List.of(MARK_VI, MARK);
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern THEN = Pattern.compile("^\\s*then\\b");

    /**
     * Copies the rules and statuses.
     *
     * @param marked        not null; copied
     * @param missingValues the marked words on missing values, or null
     * @param missing       not null; copied
     * @throws NullPointerException if a collection is null
     */
    public Assumptions {
        marked = List.copyOf(marked);
        missing = missing.isEmpty() ? Set.of() : Set.copyOf(missing);
    }

    /**
     * What a scorer's methodology folder marks as assumptions, read from its tables and rule files.
     *
     * @param scorer the scorer of the folder
     * @return the marked rules and the treatment of missing values; empty when nothing is marked
     */
    public static Assumptions of(RuleScorer scorer) {
        MethodologyFiles files = scorer.base().files();
        List<ScoringRule> marked = new ArrayList<>();
        for (ScoringRule r : scorer.scoringRules()) {
            if (marked(files, r)) {
                marked.add(r);
            }
        }
        List<String> words = new ArrayList<>();
        Set<ReportStatus> missing = EnumSet.noneOf(ReportStatus.class);
        for (String f : files.ruleFiles()) {
            for (DrlRule rule : rules(files.bytes(f))) {
                for (ReportStatus st : List.of(ReportStatus.NOT_REPORTED, ReportStatus.NOT_APPLICABLE)) {
                    if (rule.condition().contains("ReportStatus." + st.name()) && rule.marked()) {
                        missing.add(st);
                        words.add(rule.words());
                    }
                }
            }
        }
        // a component not applicable counts as missing only beside a component not reported
        if (!missing.contains(ReportStatus.NOT_REPORTED)) {
            missing.clear();
            words.clear();
        }
        return new Assumptions(marked, words.isEmpty() ? null : String.join(" ", words), missing);
    }

    /**
     * Whether a scoring rule is marked as an assumption.
     *
     * @param rule one of the folder's scoring rules
     * @return true when it is among {@link #marked()}
     */
    public boolean isMarked(ScoringRule rule) {
        return marked.contains(rule);
    }

    /**
     * Whether the treatment of missing values is marked as an assumption.
     *
     * @return true when {@link #missingValues()} is given
     */
    public boolean missingValuesMarked() {
        return missingValues != null;
    }

    /**
     * Whether a text of a table's assumption column marks its row as an assumption.
     *
     * @param text the cell's text, not null
     * @return true when it starts with {@link #MARK_VI} or {@link #MARK}
     */
    public static boolean marks(String text) {
        return MARKS.stream().anyMatch(text::startsWith);
    }

    /** Whether a comment contains a mark. */
    static boolean mentions(String comment) {
        return MARKS.stream().anyMatch(comment::contains);
    }

    static boolean marked(MethodologyFiles files, ScoringRule r) {
        if (marks(r.assumption())) {
            return true;
        }
        if (r.location().inTable()) {
            return false; // a table row is marked by its assumption column only
        }
        byte[] bytes = files.bytes(r.location().file());
        if (bytes == null) {
            return false;
        }
        for (DrlRule d : rules(bytes)) {
            if (d.name().equals(r.rule())) {
                return d.marked();
            }
        }
        return false;
    }

    /** A rule of a rule file, as far as its marking goes: its name, the comments above it and in the file's header, its condition. */
    record DrlRule(String name, String comments, String header, String condition) {
        boolean marked() {
            return mentions(comments) || mentions(header);
        }

        /** The comment that marks it: the rule's own, else the file's header. */
        String words() {
            return mentions(comments) ? comments : header;
        }
    }

    /** The rules of a rule file with the comment block right above each and the file's header comment. */
    static List<DrlRule> rules(byte[] bytes) {
        String[] raw = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);
        String[] code = DrlScan.withoutComments(raw);
        StringBuilder header = new StringBuilder();
        int first = 0;
        while (first < raw.length && code[first].isBlank()) {
            header.append(comment(raw[first])).append(' ');
            first++;
        }
        List<DrlRule> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            Matcher m = RULE.matcher(code[i]);
            if (!m.find()) {
                continue;
            }
            List<String> above = new ArrayList<>();
            for (int k = i - 1; k >= first && code[k].isBlank(); k--) {
                above.add(0, comment(raw[k]));
            }
            StringBuilder condition = new StringBuilder();
            for (int k = i; k < raw.length && !THEN.matcher(code[k]).find(); k++) {
                condition.append(code[k]).append('\n');
            }
            out.add(new DrlRule(m.group(1), String.join(" ", above).strip(), header.toString().strip(), condition.toString()));
        }
        return out;
    }

    private static String comment(String line) {
        String s = line.strip();
        if (s.startsWith("//")) {
            return s.substring(2).strip();
        }
        if (s.startsWith("/*") || s.startsWith("*")) {
            return s.replaceFirst("^/?\\*+/?", "").replace("*/", "").strip();
        }
        return s;
    }
}

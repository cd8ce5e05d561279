package vn.dti.planning;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Vietnamese of the sentences the library writes in English for the command line and that
 * the dashboard shows: the score card's edition warnings, the targets file's period warning, the
 * planner's notes and its reasons for a target not reached. Each is matched by its shape; a
 * sentence of any other shape has no Vietnamese here (null), and the page then shows the
 * English, marked as such.
 */
final class Vietnamese {
    private Vietnamese() {
    }

    /** A sentence's shape, its Vietnamese with $1, $2 … for the groups, and the groups that are numbers (written 706,75). */
    private record Form(Pattern english, String vietnamese, List<Integer> numbers) {
    }

    private static Form form(String english, String vietnamese, Integer... numbers) {
        return new Form(Pattern.compile(english), vietnamese, List.of(numbers));
    }

    private static final List<Form> FORMS = List.of(
            // Editions.warnings
            form("Period (\\S+) precedes this methodology's edition \\((\\S+) applies from (\\d+)\\): the points show what the evidence would earn under "
                    + "these rules, not what the period was scored by; the edition for (\\d+) is (\\S+), bundled at main-indicator level only \\(it ranks "
                    + "published values, it does not score evidence\\)\\.",
                    "Kỳ $1 trước phiên bản của bộ chỉ số này ($2 áp dụng từ năm $3): điểm cho biết chứng cứ đạt bao nhiêu theo các quy tắc này, không phải "
                            + "điểm kỳ đó đã được chấm; phiên bản cho năm $4 là $5, chỉ có ở cấp chỉ số chính (dùng để xếp hạng theo giá trị đã công bố, "
                            + "không chấm điểm chứng cứ)."),
            form("Period (\\S+) precedes this methodology's edition \\((\\S+) applies from (\\d+)\\): the points show what the evidence would earn under "
                    + "these rules, not what the period was scored by; the edition for (\\d+) is (\\S+) \\(--methodology (\\S+)\\)\\.",
                    "Kỳ $1 trước phiên bản của bộ chỉ số này ($2 áp dụng từ năm $3): điểm cho biết chứng cứ đạt bao nhiêu theo các quy tắc này, không phải "
                            + "điểm kỳ đó đã được chấm; phiên bản cho năm $4 là $5 (--methodology $6)."),
            form("Period (\\S+) precedes this methodology's edition \\((\\S+) applies from (\\d+)\\): the points show what the evidence would earn under "
                    + "these rules, not what the period was scored by\\.",
                    "Kỳ $1 trước phiên bản của bộ chỉ số này ($2 áp dụng từ năm $3): điểm cho biết chứng cứ đạt bao nhiêu theo các quy tắc này, không phải "
                            + "điểm kỳ đó đã được chấm."),
            form("Period (\\S+) falls after a newer edition of this methodology: (\\S+) applies from (\\d+) \\(--methodology (\\S+)\\)\\.",
                    "Kỳ $1 sau một phiên bản mới hơn của bộ chỉ số này: $2 áp dụng từ năm $3 (--methodology $4)."),
            // TargetsFile.against, the planner's notes and its reasons for a target not reached: the catalogue's Vietnamese (planning.*)
            form("The targets \\((.+)\\) are for period (\\S+); the evidence is of (\\S+): each distance is from \\S+'s figures to the \\S+ targets\\.",
                    "@planning.targetsFile.period"),
            form("Component (\\S+) is scored by a formula written in a rule, not a table pattern: the plan leaves it as it is\\.",
                    "@planning.plan.ruleFormula"),
            form("Scored again with the plan's changes, a target is still missed: .*", "@planning.plan.stillMissed"),
            form("No plan reaches every target\\. This is the closest plan: it meets the most targets \\((\\d+) of (\\d+)\\).*", "@planning.plan.closest"),
            form("the effort file fixes (\\S+) \\((.*)\\)", "@planning.plan.why.fixedNote"),
            form("the effort file fixes (\\S+)", "@planning.plan.why.fixed"),
            form("no value the effort file allows meets it \\(maxValue (\\S+)\\)", "@planning.plan.why.noValueMax"),
            form("no value the effort file allows meets it \\(its steps: (.*)\\)", "@planning.plan.why.noValueSteps"),
            form("no value the effort file allows meets it", "@planning.plan.why.noValue"),
            form("component (\\S+) is scored by a formula written in a rule, which the planner does not change", "@planning.plan.why.rule"),
            form("no plan meets it together with the (\\d+) target\\(s\\) this plan meets", "@planning.plan.why.together"),
            form("at most (\\S+) more points can be earned, (\\S+) are needed; the effort file fixes (.*)",
                    "chỉ có thể thêm tối đa $1 điểm, cần $2 điểm; tệp công sức cố định $3", 1, 2),
            form("at most (\\S+) more points can be earned, (\\S+) are needed", "@planning.plan.why.points", 1, 2),
            form("at most (\\d+) main indicator\\(s\\) can reach the top (\\d+); the effort file fixes (.*)",
                    "tối đa $1 chỉ số chính có thể vào top $2; tệp công sức cố định $3"),
            form("at most (\\d+) main indicator\\(s\\) can reach the top (\\d+)", "@planning.plan.why.top"));

    private static String number(String text) {
        try {
            return VietnameseFormat.vn(Double.parseDouble(text), 2);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** The Vietnamese of a sentence the library writes, or null when its shape is not known. */
    static String of(String english) {
        if (english == null) {
            return null;
        }
        for (Form f : FORMS) {
            Matcher m = f.english().matcher(english.strip());
            if (m.matches()) {
                if (f.vietnamese().startsWith("@")) {
                    // a catalogue text: its groups are its arguments {0}, {1}, … in order
                    Object[] args = new Object[m.groupCount()];
                    for (int g = 1; g <= m.groupCount(); g++) {
                        args[g - 1] = f.numbers().contains(g) ? number(m.group(g)) : m.group(g);
                    }
                    return vn.dti.text.Messages.text(vn.dti.text.Language.VI, f.vietnamese().substring(1), args);
                }
                StringBuilder out = new StringBuilder();
                String v = f.vietnamese();
                for (int i = 0; i < v.length(); i++) {
                    char c = v.charAt(i);
                    if (c == '$' && i + 1 < v.length() && Character.isDigit(v.charAt(i + 1))) {
                        int g = v.charAt(++i) - '0';
                        String text = m.group(g);
                        out.append(f.numbers().contains(g) ? number(text) : text);
                    } else {
                        out.append(c);
                    }
                }
                return out.toString();
            }
        }
        return null;
    }
}

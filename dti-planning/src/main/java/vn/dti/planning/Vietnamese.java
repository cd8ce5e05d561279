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
            // TargetsFile.against
            form("The targets \\((.+)\\) are for period (\\S+); the evidence is of (\\S+): each distance is from \\S+'s figures to the \\S+ targets\\.",
                    "Mục tiêu ($1) dành cho kỳ $2; chứng cứ thuộc kỳ $3: khoảng cách được tính từ số liệu kỳ $3 đến mục tiêu kỳ $2."),
            // Planner notes
            form("Component (\\S+) is scored by a formula written in a rule, not a table pattern: the plan leaves it as it is\\.",
                    "Thành phần $1 được chấm bằng công thức viết trong quy tắc, không theo mẫu của bảng chấm điểm: lộ trình giữ nguyên thành phần này."),
            form("Scored again with the plan's changes, a target is still missed: .*",
                    "Chấm điểm lại với các thay đổi của lộ trình, vẫn còn mục tiêu chưa đạt: các đơn vị khác trong nhóm so sánh được giữ nguyên khi lập lộ "
                            + "trình, còn các quy tắc so sánh với nhóm đã làm thay đổi điểm của họ."),
            form("No plan reaches every target\\. This is the closest plan: it meets the most targets \\((\\d+) of (\\d+)\\).*",
                    "Không có lộ trình nào đạt mọi mục tiêu. Đây là lộ trình gần nhất: đạt nhiều mục tiêu nhất ($1/$2); trong các lộ trình như vậy, có nhiều "
                            + "chỉ số chính trong top N nhất và nhiều điểm nhất mà mục tiêu chưa đạt đòi hỏi; trong số đó, ít công sức nhất."),
            // Planner.why
            form("the effort file fixes (\\S+) \\((.*)\\)", "tệp công sức cố định thành phần $1 ($2)"),
            form("the effort file fixes (\\S+)", "tệp công sức cố định thành phần $1"),
            form("no value the effort file allows meets it \\(maxValue (\\S+)\\)", "không giá trị nào tệp công sức cho phép đáp ứng được (tối đa $1)"),
            form("no value the effort file allows meets it \\(its steps: (.*)\\)", "không giá trị nào tệp công sức cho phép đáp ứng được (chỉ các mức $1)"),
            form("no value the effort file allows meets it", "không giá trị nào tệp công sức cho phép đáp ứng được"),
            form("component (\\S+) is scored by a formula written in a rule, which the planner does not change",
                    "thành phần $1 được chấm bằng công thức viết trong quy tắc, lộ trình không thay đổi được"),
            form("no plan meets it together with the (\\d+) target\\(s\\) this plan meets",
                    "không lộ trình nào đạt được mục tiêu này cùng với $1 mục tiêu mà lộ trình này đạt"),
            form("at most (\\S+) more points can be earned, (\\S+) are needed; the effort file fixes (.*)",
                    "chỉ có thể thêm tối đa $1 điểm, cần $2 điểm; tệp công sức cố định $3", 1, 2),
            form("at most (\\S+) more points can be earned, (\\S+) are needed", "chỉ có thể thêm tối đa $1 điểm, cần $2 điểm", 1, 2),
            form("at most (\\d+) main indicator\\(s\\) can reach the top (\\d+); the effort file fixes (.*)",
                    "tối đa $1 chỉ số chính có thể vào top $2; tệp công sức cố định $3"),
            form("at most (\\d+) main indicator\\(s\\) can reach the top (\\d+)", "tối đa $1 chỉ số chính có thể vào top $2"));

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

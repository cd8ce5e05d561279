package vn.dti.cli;

import java.util.Locale;
import vn.dti.rules.MethodologyDiff;

/** A methodology diff for people: catalogue and rule changes, then the effect on each evidence file. */
final class DiffTable {
    private DiffTable() {
    }

    /** A change to a rule file's rules, or to another file of the folder. */
    private static String fileChange(MethodologyDiff.Change c, Text x) {
        switch (c.what()) {
            case "rule added":
                return "  + " + x.t("cli.diff.rule", c.after()) + "   (" + c.where() + ")\n";
            case "rule removed":
                return "  - " + x.t("cli.diff.rule", c.before()) + "   (" + c.where() + ")\n";
            case "rule changed":
                return "  ~ " + x.t("cli.diff.ruleChanged", c.after()) + "   (" + c.where() + ")\n";
            case "file added":
                return "  + " + x.t("cli.diff.file", c.where()) + "\n";
            case "file removed":
                return "  - " + x.t("cli.diff.file", c.where()) + "\n";
            default:
                return "  ~ " + x.t("cli.diff.file", c.where()) + ": " + (c.before() == null ? c.after() : c.before() + " → " + c.after()) + "\n";
        }
    }

    static String render(MethodologyDiff d, Text x) {
        StringBuilder sb = new StringBuilder();
        String title = x.t("cli.diff.title");
        sb.append(title).append(' ').append(side(d.older(), x)).append('\n').append(" ".repeat(title.length() - 2)).append("→ ").append(side(d.newer(), x))
                .append("\n\n");
        if (d.changes().isEmpty()) {
            sb.append(x.t("cli.diff.noChange")).append('\n');
        } else {
            sb.append((d.changes().size() == 1 ? x.t("cli.diff.changesOne") : x.t("cli.diff.changes", d.changes().size()))).append('\n');
            for (MethodologyDiff.Change c : d.changes()) {
                String id = c.indicator() == null ? x.t("cli.diff.total") : c.indicator();
                if (c.indicator() == null && (c.what().startsWith("rule ") || c.what().startsWith("file "))) {
                    sb.append(fileChange(c, x));
                    continue;
                }
                switch (c.what()) {
                    case "added":
                        sb.append(String.format(Locale.ROOT, "  + %-6s %s%n", id, c.after()));
                        break;
                    case "removed":
                        sb.append(String.format(Locale.ROOT, "  - %-6s %s%n", id, c.before()));
                        break;
                    case "moved":
                        sb.append("  → ").append(x.t("cli.diff.moved", c.before(), c.after())).append('\n');
                        break;
                    default:
                        sb.append(String.format(Locale.ROOT, "  ~ %-6s %s: %s → %s%s%n", id, field(c.what(), x), quote(c.before(), x), quote(c.after(), x),
                                c.where() == null ? "" : "   (" + c.where() + ")"));
                }
            }
        }
        for (MethodologyDiff.EvidenceEffect e : d.evidence()) {
            sb.append('\n').append(x.t("cli.diff.evidence", e.file(), e.entity(), e.period(), x.points(e.oldTotal()), x.points(e.newTotal()),
                    x.signedPoints(e.change()))).append('\n');
            if (!e.leftOutOfOld().isEmpty()) {
                sb.append("  ").append(x.t("cli.diff.leftOutOfOld", String.join(", ", e.leftOutOfOld()))).append('\n');
            }
            if (!e.leftOutOfNew().isEmpty()) {
                sb.append("  ").append(x.t("cli.diff.leftOutOfNew", String.join(", ", e.leftOutOfNew()))).append('\n');
            }
            if (e.components().isEmpty()) {
                sb.append("  ").append(x.t("cli.diff.same")).append('\n');
                continue;
            }
            int width = Math.max(6, e.components().stream().mapToInt(c -> c.label().length()).max().orElse(6));
            String row = "  %-" + width + "s %9s %9s %9s  %s%n";
            sb.append(String.format(Locale.ROOT, row, x.t("cli.card.id"), x.t("cli.compare.oldValue"), x.t("cli.compare.newValue"),
                    x.t("cli.compare.change"), x.t("cli.diff.newFormula")));
            for (MethodologyDiff.ComponentEffect c : e.components()) {
                String id = c.label();
                String old = c.kind() != null && c.kind().equals("added") ? "—" : x.points(c.oldPoints());
                String neu = c.kind() != null && c.kind().equals("removed") ? "—" : x.points(c.newPoints());
                String formula = c.kind() == null ? x.of(c.newFormula()) : c.kind().equals("removed") ? x.t("cli.diff.removedWas", c.oldFormula())
                        : c.kind().equals("added") ? x.t("cli.diff.added", c.newFormula()) : x.t("cli.diff.renumbered", c.newFormula());
                sb.append(String.format(Locale.ROOT, row, id, old, neu, x.signedPoints(c.change()), formula));
            }
        }
        return sb.toString();
    }

    private static String side(MethodologyDiff.Side s, Text x) {
        return x.t("cli.diff.side", s.id(), s.version(), x.points(s.totalPoints()), s.source());
    }

    /** A field of the catalogue or of a rule, as the reader calls it. */
    private static String field(String what, Text x) {
        String key = "cli.diff.field." + what;
        return vn.dti.text.Messages.has(key) ? x.t(key) : what;
    }

    private static String quote(String s, Text x) {
        return s == null || s.isEmpty() ? x.t("cli.diff.none") : s;
    }
}

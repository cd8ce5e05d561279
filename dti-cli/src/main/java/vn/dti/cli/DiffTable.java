package vn.dti.cli;

import java.util.Locale;
import vn.dti.api.Points;
import vn.dti.rules.MethodologyDiff;

/** A methodology diff for people: catalogue and rule changes, then the effect on each evidence file. */
final class DiffTable {
    private DiffTable() {
    }

    /** A change to a rule file's rules, or to another file of the folder. */
    private static String fileChange(MethodologyDiff.Change c) {
        switch (c.what()) {
            case "rule added":
                return "  + rule \"" + c.after() + "\"   (" + c.where() + ")\n";
            case "rule removed":
                return "  - rule \"" + c.before() + "\"   (" + c.where() + ")\n";
            case "rule changed":
                return "  ~ rule \"" + c.after() + "\" changed   (" + c.where() + ")\n";
            case "file added":
                return "  + file " + c.where() + "\n";
            case "file removed":
                return "  - file " + c.where() + "\n";
            default:
                return "  ~ file " + c.where() + ": " + (c.before() == null ? c.after() : c.before() + " → " + c.after()) + "\n";
        }
    }

    static String render(MethodologyDiff d) {
        StringBuilder sb = new StringBuilder();
        sb.append("Methodology diff: ").append(side(d.older())).append("\n               → ").append(side(d.newer())).append("\n\n");
        if (d.changes().isEmpty()) {
            sb.append("Catalogue and rules: no change.\n");
        } else {
            sb.append("Catalogue and rules (").append(d.changes().size()).append(d.changes().size() == 1 ? " change" : " changes").append("):\n");
            for (MethodologyDiff.Change c : d.changes()) {
                String id = c.indicator() == null ? "total" : c.indicator();
                if (c.indicator() == null && (c.what().startsWith("rule ") || c.what().startsWith("file "))) {
                    sb.append(fileChange(c));
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
                        sb.append(String.format(Locale.ROOT, "  → %s → %s renumbered (the same official name)%n", c.before(), c.after()));
                        break;
                    default:
                        sb.append(String.format(Locale.ROOT, "  ~ %-6s %s: %s → %s%s%n", id, c.what(), quote(c.before()), quote(c.after()),
                                c.where() == null ? "" : "   (" + c.where() + ")"));
                }
            }
        }
        for (MethodologyDiff.EvidenceEffect e : d.evidence()) {
            sb.append("\nEvidence ").append(e.file()).append(" (").append(e.entity()).append(", period ").append(e.period()).append("): total ")
                    .append(Points.format(e.oldTotal())).append(" → ").append(Points.format(e.newTotal())).append(" (").append(signed(e.change()))
                    .append("), the methodology's effect alone\n");
            if (!e.leftOutOfOld().isEmpty()) {
                sb.append("  left out of the old score (not in the old catalogue): ").append(String.join(", ", e.leftOutOfOld())).append('\n');
            }
            if (!e.leftOutOfNew().isEmpty()) {
                sb.append("  left out of the new score (not in the new catalogue): ").append(String.join(", ", e.leftOutOfNew())).append('\n');
            }
            if (e.components().isEmpty()) {
                sb.append("  every component scores the same.\n");
                continue;
            }
            int width = Math.max(6, e.components().stream().mapToInt(c -> c.label().length()).max().orElse(6));
            String row = "  %-" + width + "s %9s %9s %9s  %s%n";
            sb.append(String.format(Locale.ROOT, row, "Id", "Old", "New", "Change", "New formula"));
            for (MethodologyDiff.ComponentEffect c : e.components()) {
                String id = c.label();
                String old = c.kind() != null && c.kind().equals("added") ? "—" : Points.format(c.oldPoints());
                String neu = c.kind() != null && c.kind().equals("removed") ? "—" : Points.format(c.newPoints());
                String formula = c.kind() == null ? c.newFormula() : c.kind().equals("removed") ? "removed (was: " + c.oldFormula() + ")"
                        : c.kind().equals("added") ? "added: " + c.newFormula() : "renumbered: " + c.newFormula();
                sb.append(String.format(Locale.ROOT, row, id, old, neu, signed(c.change()), formula));
            }
        }
        return sb.toString();
    }

    private static String side(MethodologyDiff.Side s) {
        return s.id() + " (version " + s.version() + ", " + Points.format(s.totalPoints()) + " points) from " + s.source();
    }

    private static String quote(String s) {
        return s == null || s.isEmpty() ? "(none)" : s;
    }

    private static String signed(double d) {
        return (d > 0 ? "+" : d < 0 ? "−" : "±") + Points.format(Math.abs(d));
    }
}

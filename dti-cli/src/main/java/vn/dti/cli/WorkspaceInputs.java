package vn.dti.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import vn.dti.api.DtiException;
import vn.dti.api.Period;
import vn.dti.reporting.Workspace;

/** Options shared by the workspace commands: periods, days, and the workspace with the files an --out must not replace. */
final class WorkspaceInputs {
    private WorkspaceInputs() {
    }

    static Period period(CommandSpec spec, String period) {
        try {
            Period p = Period.parse(period);
            if (!p.isQuarter() && !p.isYear() && !p.isHalf()) {
                throw Options.usage(spec, Options.text(spec, "cli.workspace.periodKind", period));
            }
            return p;
        } catch (IllegalArgumentException e) {
            throw Options.usage(spec, "--period: " + e.getMessage());
        }
    }

    /** A day written yyyy-mm-dd or dd/mm/yyyy. */
    static LocalDate day(CommandSpec spec, String option, String value) {
        try {
            return vn.dti.reporting.AgencyWorkbooks.day(value);
        } catch (IllegalArgumentException e) {
            throw Options.usage(spec, option + ": " + e.getMessage());
        }
    }

    /** The workspace, and the files it reads (an --out must not replace one, nor be written where it would be read as a submission). */
    static Workspace open(CommandSpec spec, Path workspace, Path out, List<Path> others) {
        Workspace ws = Workspace.open(workspace);
        List<Path> inputs = new ArrayList<>(others);
        inputs.addAll(ws.inputFiles());
        Output.checkNotAnInput(out, inputs);
        if (out != null && !Output.isStandardOutput(out) && ws.inPeriodFolder(out)) {
            throw new DtiException(vn.dti.text.Message.of("cli.workspace.outInPeriodFolder", out, workspace.resolve(out.getFileName().toString())));
        }
        return ws;
    }
}

package vn.dti.rules.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dti.api.Agencies;
import vn.dti.api.EmulationRules;
import vn.dti.api.IndicatorId;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.api.Methodology;
import vn.dti.api.ReportingCalendar;
import vn.dti.json.DtiJson;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * The reporting data of a methodology folder, besides the catalogue: {@code calendar.json} (the
 * reporting calendar: deadlines, the roles they bind, how a year is built from its quarters) and
 * {@code agencies.json} (other spellings of the catalogue's agencies that the source documents
 * use, the names that are groups of agencies, the groups' members and the other agencies the
 * province adds as members). Both are optional: without them nothing is
 * late, a year takes its quarters' values by the default rules, and agencies are matched by
 * their catalogue names only. {@code emulation.json}, optional too, weighs the agencies' emulation
 * score (the project's proposal; equal weights without it). Every problem names the file, line and column.
 */
public final class ReportingFiles {
    public static final String CALENDAR = "calendar.json";
    public static final String AGENCIES = "agencies.json";
    public static final String EMULATION = "emulation.json";
    private static final Pattern LINE_COL = Pattern.compile("(?s):(\\d+):(\\d+): (.*)");

    /**
     * The calendar, agencies and emulation weights of a folder, and the problems found reading them.
     *
     * @param agencyFile {@code agencies.json} as read and accepted (lists never null), kept with the compiled
     *                   folder ({@link CheckedFolder}); null when the folder has none or it was refused
     */
    public record Result(ReportingCalendar calendar, Agencies agencies, EmulationRules emulation, List<Problem> problems, AgencyFile agencyFile) {
    }

    /** {@code agencies.json} as written. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record AgencyFile(String source, List<Agencies.Alias> aliases, List<String> groups, List<Agencies.Other> otherAgencies,
            List<Agencies.Members> members) {
    }

    private ReportingFiles() {
    }

    /** The calendar and agencies, or the defaults where a file is absent or has problems (listed). */
    public static Result read(MethodologyFiles files, Methodology m) {
        List<Problem> problems = new ArrayList<>();
        AgencyFile[] accepted = new AgencyFile[1];
        Agencies agencies = agencies(files, m, problems, accepted);
        ReportingCalendar calendar = calendar(files, m, agencies, problems);
        EmulationRules emulation = emulation(files, problems);
        return new Result(calendar, agencies, emulation, List.copyOf(problems), accepted[0]);
    }

    /** {@code emulation.json}: the weights of the agencies' emulation score; {@link EmulationRules#DEFAULT} when absent or refused (listed). */
    private static EmulationRules emulation(MethodologyFiles files, List<Problem> problems) {
        byte[] bytes = files.bytes(EMULATION);
        if (bytes == null) {
            return EmulationRules.DEFAULT;
        }
        String display = files.display(EMULATION);
        try {
            return DtiJson.read(bytes, display, EmulationRules.class, emulationShape(), InvalidMethodologyException::new);
        } catch (InvalidMethodologyException e) {
            problems.add(problem(display, e.getMessage()));
            return EmulationRules.DEFAULT;
        }
    }

    private static ReportingCalendar calendar(MethodologyFiles files, Methodology m, Agencies agencies, List<Problem> problems) {
        byte[] bytes = files.bytes(CALENDAR);
        if (bytes == null) {
            return ReportingCalendar.NONE;
        }
        String display = files.display(CALENDAR);
        ReportingCalendar c;
        try {
            c = DtiJson.read(bytes, display, ReportingCalendar.class, calendarShape(), InvalidMethodologyException::new);
        } catch (InvalidMethodologyException e) {
            problems.add(problem(display, e.getMessage()));
            return ReportingCalendar.NONE;
        }
        int before = problems.size();
        for (Map.Entry<IndicatorId, ReportingCalendar.YearRule> e : c.yearFromQuarters().byComponent().entrySet()) {
            String pointer = "/yearFromQuarters/byComponent/" + e.getKey().value().replace("~", "~0").replace("/", "~1");
            var component = m.component(e.getKey());
            if (component.isEmpty()) {
                problems.add(at(display, bytes, pointer, vn.dti.text.Message.of("rules.calendar.unknownComponent", e.getKey().value(), m.knownIds(e.getKey()))));
                continue;
            }
            vn.dti.text.Message p = ReportingCalendar.YearFromQuarters.problem(component.get().valueKind(), e.getValue());
            if (p != null) {
                problems.add(at(display, bytes, pointer, vn.dti.text.Message.of("rules.calendar.yearRule", e.getKey().value(), p)));
            }
        }
        for (int i = 0; i < c.deadlines().size(); i++) {
            ReportingCalendar.Deadline d = c.deadlines().get(i);
            if (d.agency() != null) {
                try {
                    agencies.require(d.agency(), "$.deadlines[" + i + "].agency");
                } catch (RuntimeException ex) {
                    problems.add(at(display, bytes, "/deadlines/" + i + "/agency", ex.getMessage()));
                }
            }
        }
        return problems.size() == before ? c : ReportingCalendar.NONE;
    }

    /** The agencies; {@code accepted[0]} is set to the file as read when it has no problems. */
    private static Agencies agencies(MethodologyFiles files, Methodology m, List<Problem> problems, AgencyFile[] accepted) {
        byte[] bytes = files.bytes(AGENCIES);
        if (bytes == null) {
            return Agencies.of(m);
        }
        String display = files.display(AGENCIES);
        AgencyFile f;
        try {
            f = DtiJson.read(bytes, display, AgencyFile.class, agenciesShape(), InvalidMethodologyException::new);
        } catch (InvalidMethodologyException e) {
            problems.add(problem(display, e.getMessage()));
            return Agencies.of(m);
        }
        List<Agencies.Alias> aliases = f.aliases() == null ? List.of() : f.aliases();
        List<String> groups = f.groups() == null ? List.of() : f.groups();
        int before = problems.size();
        for (int i = 0; i < aliases.size(); i++) {
            try {
                Agencies.of(m, aliases.subList(0, i + 1), List.of());
            } catch (IllegalArgumentException e) {
                problems.add(at(display, bytes, "/aliases/" + i, "$.aliases[" + i + "]: " + e.getMessage()));
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            try {
                Agencies.of(m, List.of(), List.of(groups.get(i)));
            } catch (IllegalArgumentException e) {
                problems.add(at(display, bytes, "/groups/" + i, "$.groups[" + i + "]: " + e.getMessage()));
            }
        }
        List<Agencies.Other> others = f.otherAgencies() == null ? List.of() : f.otherAgencies();
        List<Agencies.Members> members = f.members() == null ? List.of() : f.members();
        if (problems.size() == before) {
            for (int i = 0; i < others.size(); i++) {
                try {
                    Agencies.of(m, aliases, groups, others.subList(0, i + 1), List.of());
                } catch (IllegalArgumentException e) {
                    problems.add(at(display, bytes, "/otherAgencies/" + i, "$.otherAgencies[" + i + "]: " + e.getMessage()));
                }
            }
        }
        if (problems.size() == before) {
            for (int i = 0; i < members.size(); i++) {
                try {
                    Agencies.of(m, aliases, groups, others, members.subList(0, i + 1));
                } catch (IllegalArgumentException e) {
                    problems.add(at(display, bytes, "/members/" + i, "$.members[" + i + "]: " + e.getMessage()));
                }
            }
        }
        if (problems.size() != before) {
            return Agencies.of(m);
        }
        accepted[0] = new AgencyFile(f.source(), aliases, groups, others, members);
        return Agencies.of(m, aliases, groups, others, members);
    }

    private static Problem at(String display, byte[] bytes, String pointer, String message) {
        int[] lc = DtiJson.locate(bytes, pointer);
        return lc == null ? Problem.of(display, message) : Problem.at(display, lc[0], lc[1], message);
    }

    private static Problem at(String display, byte[] bytes, String pointer, vn.dti.text.Message message) {
        int[] lc = DtiJson.locate(bytes, pointer);
        return lc == null ? Problem.of(display, message) : Problem.at(display, lc[0], lc[1], message);
    }

    /** "file:12:5: at $.x: …" as a problem at its line. */
    private static Problem problem(String display, String message) {
        if (message.startsWith(display)) {
            Matcher lc = LINE_COL.matcher(message.substring(display.length()));
            if (lc.matches()) {
                return Problem.at(display, Integer.parseInt(lc.group(1)), Integer.parseInt(lc.group(2)), lc.group(3));
            }
            if (message.startsWith(display + ": ")) {
                return Problem.of(display, message.substring(display.length() + 2));
            }
        }
        return Problem.of(display, message);
    }

    /** What a calendar file looks like, in the run's language (said after a JSON error). */
    static String calendarShape() {
        return Messages.text(Language.fromEnvironment(), "rules.shape.calendar");
    }

    /** What an emulation file looks like, in the run's language. */
    static String emulationShape() {
        return Messages.text(Language.fromEnvironment(), "rules.shape.emulation");
    }

    /** What an agencies file looks like, in the run's language. */
    static String agenciesShape() {
        return Messages.text(Language.fromEnvironment(), "rules.shape.agencies");
    }
}

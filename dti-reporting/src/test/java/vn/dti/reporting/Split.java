package vn.dti.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Document;
import vn.dti.api.Evidence;
import vn.dti.api.Period;
import vn.dti.api.ReportStatus;
import vn.dti.api.Value;
import vn.dti.json.DtiJson;
import vn.dti.reporting.internal.VietnameseValues;

/** Writes an agency's part of a province's evidence as its filled submission: a workbook, a CSV file or an evidence file, as an officer would. */
final class Split {
    private Split() {
    }

    /** The text an officer types in the value column. */
    static String typed(ComponentEvidence ce) {
        if (ce.status() == ReportStatus.NOT_APPLICABLE) {
            return VietnameseValues.NOT_APPLICABLE;
        }
        Value v = ce.value();
        if (v instanceof Value.YesNo y) {
            return y.yes() ? "Có" : "Không";
        }
        if (v instanceof Value.Category c) {
            return Fixtures.scorer().methodology().component(ce.indicator()).orElseThrow().category(c.code()).name();
        }
        double n = ((Value.Numeric) v).number();
        if (Fixtures.scorer().methodology().component(ce.indicator()).orElseThrow().valueKind() == vn.dti.api.ValueKind.RATIO && n > 1) {
            // above 100%: a ratio above 1 must be written as a percent
            return java.math.BigDecimal.valueOf(n).movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + "%";
        }
        if (Fixtures.scorer().methodology().component(ce.indicator()).orElseThrow().valueKind() == vn.dti.api.ValueKind.COUNT) {
            return VietnameseValues.vi(n);   // 1.747.201, and 1.021 (a count is whole: one reading)
        }
        // an amount or a rate: 1.021 could be read two ways, so no thousands mark (1021; 87,2)
        return vn.dti.scoring.FormulaText.plain(n).replace('.', ',');
    }

    /** Writes the submission of {@code agency} (the components given, all its own or cooperated on) into {@code folder}. */
    static Path write(Path folder, String agency, Period period, LocalDate reportedAt, List<ComponentEvidence> components, AgencyWorkbooks.Format format) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(AgencyWorkbooks.fileName(agency, format));
            switch (format) {
                case XLSX:
                    xlsx(agency, period, reportedAt, components).write(file);
                    break;
                case CSV:
                    Files.write(file, csv(agency, period, reportedAt, components).getBytes(StandardCharsets.UTF_8));
                    break;
                default:
                    List<ComponentEvidence> list = new ArrayList<>();
                    for (ComponentEvidence ce : components) {
                        list.add(new ComponentEvidence(ce.indicator(), ce.status(), ce.value(), ce.source(), ce.documents(), agency, null, ce.note()));
                    }
                    Evidence e = new Evidence(Fixtures.scorer().methodology().id(), Fixtures.KHANH_HOA, period, reportedAt, null, list);
                    Files.writeString(file, DtiJson.write(e), StandardCharsets.UTF_8);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Fixtures.Book xlsx(String agency, Period period, LocalDate reportedAt, List<ComponentEvidence> components) {
        Fixtures.Book b = Fixtures.book(agency, period).reportedAt(reportedAt);
        for (ComponentEvidence ce : components) {
            int r = b.row(ce.indicator().value());
            Value v = ce.value();
            if (v instanceof Value.Numeric n && ce.status() == ReportStatus.REPORTED) {
                b.set(r, Fixtures.VALUE, n.number());
            } else {
                b.set(r, Fixtures.VALUE, typed(ce));
            }
            for (int i = 0; i < ce.documents().size(); i++) {
                int at = r + i;
                if (i > 0 && at <= b.sheet.getLastRowNum()) {
                    b.sheet.shiftRows(at, b.sheet.getLastRowNum(), 1);
                }
                Document d = ce.documents().get(i);
                if (d.number() != null) {
                    b.set(at, Fixtures.DOC_NUMBER, d.number());
                }
                if (d.title() != null) {
                    b.set(at, Fixtures.DOC_TITLE, d.title());
                }
                b.set(at, Fixtures.DOC_DATE, d.date());
                if (d.issuer() != null) {
                    b.set(at, Fixtures.DOC_ISSUER, d.issuer());
                }
            }
        }
        return b;
    }

    static String csv(String agency, Period period, LocalDate reportedAt, List<ComponentEvidence> components) {
        String template = new String(AgencyWorkbooks.template(Fixtures.scorer(), agency, period, Fixtures.KHANH_HOA, AgencyWorkbooks.Format.CSV),
                StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (String line : template.split("\r\n")) {
            List<String> cells = cells(line);
            if (cells.get(0).equals("\uFEFFNgày báo cáo (dd/mm/yyyy)") || cells.get(0).equals("Ngày báo cáo (dd/mm/yyyy)")) {
                cells.set(1, VietnameseValues.date(reportedAt));
            }
            ComponentEvidence ce = components.stream().filter(c -> c.indicator().value().equals(cells.get(0))).findFirst().orElse(null);
            if (ce == null) {
                out.append(join(cells)).append("\r\n");
                continue;
            }
            cells.set(6, typed(ce));
            for (int i = 0; i < Math.max(1, ce.documents().size()); i++) {
                List<String> row = i == 0 ? cells : new ArrayList<>(List.of("", "", "", "", "", "", "", "", "", "", "", "", "", ""));
                if (i < ce.documents().size()) {
                    Document d = ce.documents().get(i);
                    row.set(7, d.number() == null ? "" : d.number());
                    row.set(8, d.title() == null ? "" : d.title());
                    row.set(9, VietnameseValues.date(d.date()));
                    row.set(10, d.issuer() == null ? "" : d.issuer());
                }
                out.append(join(row)).append("\r\n");
            }
        }
        return out.toString();
    }

    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (q) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (ch == '"') {
                    q = false;
                } else {
                    f.append(ch);
                }
            } else if (ch == '"') {
                q = true;
            } else if (ch == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(ch);
            }
        }
        out.add(f.toString());
        return out;
    }

    static String join(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            sb.append(i > 0 ? "," : "").append(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return sb.toString();
    }
}

package vn.dti.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import vn.dti.api.Agencies;
import vn.dti.api.CategoryOption;
import vn.dti.api.Component;
import vn.dti.api.Period;
import vn.dti.api.ReportingCalendar;
import vn.dti.api.ReportingRole;
import vn.dti.api.ValueKind;

/**
 * The layout of an agency's submission, shared by the workbook (.xlsx) and the CSV file: a header
 * block of labelled cells (column A the label, column B the value), then a row of column headers
 * and one row per component the agency leads or cooperates on. Columns A–F and N are the
 * methodology's (locked in the workbook); G–M are the agency's to fill.
 */
public final class Layout {
    public static final String SHEET = "Báo cáo";
    public static final String LISTS_SHEET = "Danh mục";
    public static final String TITLE = "BÁO CÁO CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) CỦA CƠ QUAN";

    public static final String LABEL_METHODOLOGY = "Bộ chỉ số";
    public static final String LABEL_VERSION = "Phiên bản bộ chỉ số";
    public static final String LABEL_PERIOD = "Kỳ báo cáo";
    public static final String LABEL_ENTITY = "Mã đơn vị";
    public static final String LABEL_ENTITY_NAME = "Tên đơn vị";
    public static final String LABEL_AGENCY = "Cơ quan báo cáo";
    public static final String LABEL_DUE = "Hạn báo cáo";
    public static final String LABEL_REPORTED_AT = "Ngày báo cáo (dd/mm/yyyy)";
    public static final String LABEL_HELP = "Hướng dẫn";
    public static final List<String> HEADER_LABELS = List.of(LABEL_METHODOLOGY, LABEL_VERSION, LABEL_PERIOD, LABEL_ENTITY, LABEL_ENTITY_NAME,
            LABEL_AGENCY, LABEL_DUE, LABEL_REPORTED_AT);

    public static final String RESPONSIBLE = "Chủ trì";
    public static final String COOPERATING = "Phối hợp";

    public static final int ID = 0;
    public static final int NAME = 1;
    public static final int ROLE = 2;
    public static final int MAX = 3;
    public static final int KIND = 4;
    public static final int UNIT = 5;
    public static final int VALUE = 6;
    public static final int DOC_NUMBER = 7;
    public static final int DOC_TITLE = 8;
    public static final int DOC_DATE = 9;
    public static final int DOC_ISSUER = 10;
    public static final int DOC_LINK = 11;
    public static final int NOTE = 12;
    public static final int HINT = 13;
    public static final List<String> COLUMNS = List.of("Mã chỉ số", "Tên chỉ số thành phần", "Vai trò", "Điểm tối đa", "Loại giá trị", "Đơn vị tính",
            "Giá trị", "Số hiệu văn bản", "Trích yếu văn bản", "Ngày ban hành (dd/mm/yyyy)", "Cơ quan ban hành", "Đường dẫn", "Ghi chú", "Hướng dẫn");
    /** The columns whose cells come from the methodology: a value typed there is refused. */
    public static final int[] LOCKED = {ID, NAME, ROLE, MAX, KIND, UNIT};
    public static final int[] DOCUMENT = {DOC_NUMBER, DOC_TITLE, DOC_DATE, DOC_ISSUER, DOC_LINK};
    /**
     * Widths in characters: column A holds the header block's labels (the longest, "Ngày báo cáo
     * (dd/mm/yyyy)", fits) and the ids; Vietnamese names wrap in B and N.
     */
    public static final int[] WIDTHS = {27, 50, 12, 9, 14, 13, 14, 16, 32, 14, 22, 24, 24, 48};

    private Layout() {
    }

    /** "A" for 0, "N" for 13. */
    public static String column(int c) {
        return vn.dti.text.Place.column(c + 1);
    }

    /**
     * A component's row: the methodology's cells, A–F and N.
     *
     * @param group for a component the agency cooperates on as a member of a group: the group; null otherwise
     */
    public record Line(Component component, ReportingRole role, String group) {
        public Line(Component component, ReportingRole role) {
            this(component, role, null);
        }

        /** "Chủ trì", "Phối hợp", or "Phối hợp (thành viên của Sở, ban, ngành, địa phương)". */
        public String roleLabel() {
            return role == ReportingRole.RESPONSIBLE ? RESPONSIBLE : group == null ? COOPERATING : COOPERATING + " (thành viên của " + group + ")";
        }

        public String kind() {
            return VietnameseValues.kindLabel(component);
        }

        public String unit() {
            return unitLabel(component);
        }

        public String max() {
            return VietnameseValues.vi(component.maxPoints());
        }

        public String hint() {
            return Layout.hint(component, role, group);
        }
    }

    /** The line of a component for an agency, in the role it plays (and the group it plays it through); null when it plays none. */
    public static Line line(Agencies agencies, String agency, Component c) {
        ReportingRole role = agencies.role(agency, c);
        return role == null ? null : new Line(c, role, role == ReportingRole.COOPERATING ? agencies.via(agency, c) : null);
    }

    /**
     * The rows of an agency's submission: the components it leads, then those it is named to cooperate on, then those it
     * cooperates on as a member of a group, each in catalogue order.
     */
    public static List<Line> lines(Agencies agencies, String agency) {
        List<Line> out = new ArrayList<>();
        for (Component c : agencies.leads(agency)) {
            out.add(new Line(c, ReportingRole.RESPONSIBLE));
        }
        List<Line> members = new ArrayList<>();
        for (Component c : agencies.cooperatesOn(agency)) {
            Line l = line(agencies, agency, c);
            if (l != null && l.role() == ReportingRole.COOPERATING) {
                (l.group() == null ? out : members).add(l);
            }
        }
        out.addAll(members);
        return out;
    }

    /** The unit column: % for ratios, "/100 dân" for rates, the catalogue's unit otherwise. */
    public static String unitLabel(Component c) {
        if (c.valueKind() == ValueKind.RATIO) {
            return "%";
        }
        if (c.valueKind() == ValueKind.RATE) {
            return "/" + VietnameseValues.vi(c.per()) + " dân";
        }
        return c.unit();
    }

    /** What to write in the value column, in Vietnamese. */
    static String hint(Component c, ReportingRole role, String group) {
        String what;
        switch (c.valueKind()) {
            case RATIO:
                what = "Ghi tỷ lệ phần trăm, ví dụ 46,69% (hoặc 0,4669).";
                break;
            case COUNT:
                what = "Ghi số nguyên, ví dụ 1.747.201.";
                break;
            case RATE:
                what = "Ghi số trên " + VietnameseValues.vi(c.per()) + " dân, ví dụ 87,2.";
                break;
            case MONEY:
                what = "Ghi số tiền" + (c.unit().isEmpty() ? "" : " (" + c.unit() + ")") + ", ví dụ 1.260.033.";
                break;
            case YES_NO:
                what = "Chọn Có hoặc Không.";
                break;
            default:
                StringBuilder sb = new StringBuilder("Chọn một mức: ");
                List<CategoryOption> cats = c.categories();
                for (int i = 0; i < cats.size(); i++) {
                    sb.append(i > 0 ? "; " : "").append(cats.get(i).name());
                }
                what = sb.append('.').toString();
        }
        String evidence = c.evidence().description().isEmpty() ? "" : " Tài liệu kiểm chứng: " + c.evidence().description() + ".";
        String cooperating = role != ReportingRole.COOPERATING ? ""
                : group == null ? " Cơ quan phối hợp: cơ quan chủ trì là " + c.responsibleAgency() + "."
                : " Thành viên của " + group + ": ghi số liệu của cơ quan mình; cơ quan chủ trì (" + c.responsibleAgency()
                        + ") đôn đốc, tổng hợp, đánh giá kết quả của các cơ quan phối hợp và báo cáo giá trị của tỉnh.";
        return what + evidence + cooperating + " Không áp dụng: ghi \"" + VietnameseValues.NOT_APPLICABLE + "\".";
    }

    /** The due line: "trước 25/9/2025 (Báo cáo quý …)" for each role the agency plays, or "" when no deadline binds. */
    public static String due(ReportingCalendar calendar, Period period, List<Line> lines) {
        List<String> parts = new ArrayList<>();
        boolean leads = lines.stream().anyMatch(l -> l.role() == ReportingRole.RESPONSIBLE);
        boolean cooperates = lines.stream().anyMatch(l -> l.role() == ReportingRole.COOPERATING);
        var r = calendar.deadline(period, ReportingRole.RESPONSIBLE);
        var c = calendar.deadline(period, ReportingRole.COOPERATING);
        boolean same = leads && cooperates && r.equals(c);
        if (leads && r.isPresent()) {
            parts.add((cooperates && !same ? RESPONSIBLE + ": " : "") + "trước " + VietnameseValues.date(r.get().dateFor(period)) + " (" + r.get().name() + ")");
        }
        if (cooperates && c.isPresent() && !same) {
            parts.add((leads ? COOPERATING + ": " : "") + "trước " + VietnameseValues.date(c.get().dateFor(period)) + " (" + c.get().name() + ")");
        }
        return String.join("; ", parts);
    }

    /** The help line under the header. */
    static String help() {
        return "Điền cột G (Giá trị) và các cột H–M (tài liệu kiểm chứng, ghi chú); các cột A–F do bộ chỉ số quy định, không sửa. "
                + "Nhiều tài liệu: chèn một dòng ngay dưới, chỉ điền các cột H–L. Ghi ngày theo dd/mm/yyyy. Bỏ trống cột G: chưa báo cáo.";
    }
}

package vn.dti.planning;

import vn.dti.api.FindingCode;

/**
 * Vietnamese labels for what the workbook and the dashboard show by code: a finding's kind, what
 * it means for the component, why a component loses points, and a gap's next step. The codes stay
 * in their own column (or the English view) for filtering.
 */
final class Labels {
    private Labels() {
    }

    /** A finding's kind in a few words. */
    static String finding(FindingCode code) {
        return switch (code) {
            case NOT_REPORTED -> "Chưa báo cáo";
            case NOT_APPLICABLE -> "Khai báo không áp dụng";
            case NO_EVIDENCE_DOCUMENT -> "Thiếu tài liệu kiểm chứng";
            case OUT_OF_RANGE -> "Giá trị ngoài khoảng hợp lệ";
            case STALE_EVIDENCE -> "Tài liệu không thuộc kỳ đánh giá";
            case RULE_VIOLATION -> "Lỗi quy tắc chấm điểm";
            case NOT_SCORED -> "Không có quy tắc chấm";
            case LATE_REPORT -> "Báo cáo trễ hạn";
            case REPORTED_BY_COOPERATING_AGENCY -> "Cơ quan phối hợp báo cáo thay";
            case APPRAISAL_ADJUSTED -> "Hội đồng thẩm định điều chỉnh";
            case DOCUMENT_REJECTED -> "Tài liệu bị từ chối";
        };
    }

    /** What a finding means for the component and what to do, in Vietnamese. */
    static String findingMeaning(FindingCode code) {
        return switch (code) {
            case NOT_REPORTED -> "Chưa có giá trị: báo cáo giá trị kèm tài liệu kiểm chứng, nếu không thành phần được 0 điểm.";
            case NOT_APPLICABLE -> "Khai báo không áp dụng: bộ chỉ số không có miễn trừ, nên thành phần được 0 điểm.";
            case NO_EVIDENCE_DOCUMENT -> "Có giá trị nhưng chưa có tài liệu kiểm chứng: bổ sung tài liệu, nếu không thành phần được 0 điểm.";
            case OUT_OF_RANGE -> "Giá trị ngoài khoảng hợp lệ hoặc bất thường (ví dụ tỷ lệ trên 100%): điểm giữ nguyên nhưng có rủi ro; kiểm tra lại tử số "
                    + "và mẫu số.";
            case STALE_EVIDENCE -> "Tài liệu kiểm chứng ban hành sau kỳ đánh giá hoặc quá cũ: người thẩm định có thể không chấp nhận; dẫn tài liệu hiện hành.";
            case RULE_VIOLATION -> "Quy tắc chấm điểm cho kết quả không hợp lệ: thành phần được 0 điểm cho đến khi sửa quy tắc.";
            case NOT_SCORED -> "Không quy tắc nào chấm giá trị đã báo cáo: thành phần được 0 điểm.";
            case LATE_REPORT -> "Báo cáo sau hạn theo lịch báo cáo: điểm giữ nguyên; ghi nhận cơ quan và số ngày trễ.";
            case REPORTED_BY_COOPERATING_AGENCY -> "Chỉ cơ quan phối hợp báo cáo: giá trị được giữ, cơ quan chủ trì cần xác nhận.";
            case APPRAISAL_ADJUSTED -> "Hội đồng thẩm định đã điều chỉnh giá trị báo cáo.";
            case DOCUMENT_REJECTED -> "Hội đồng thẩm định không chấp nhận một tài liệu kiểm chứng.";
        };
    }

    /** Why a component loses points, in a few words. */
    static String reason(GapReason r) {
        return switch (r) {
            case NOT_REPORTED -> "chưa báo cáo";
            case NOT_APPLICABLE -> "khai báo không áp dụng";
            case NO_DOCUMENT -> "thiếu tài liệu kiểm chứng";
            case RULE_PROBLEM -> "lỗi quy tắc chấm điểm";
            case BELOW_FULL_RATIO -> "tỷ lệ dưới 100%";
            case BELOW_GOAL -> "dưới mục tiêu";
            case LOWER_BAND -> "ở mức thấp hơn";
            case LOWER_CATEGORY -> "ở loại thấp hơn";
            case ANSWERED_NO -> "trả lời không";
            case BELOW_BEST -> "dưới đơn vị cao nhất";
            case FLAGGED -> "bị cảnh báo (điểm có rủi ro)";
        };
    }

    /**
     * A gap's next step as plain text, in Vietnamese and English: {vi, en}; the points it adds in
     * brackets. Empty strings when the gap has no next step.
     */
    static String[] nextStep(Dashboard.ComponentInfo info, Gap g) {
        if (g.nextStep() == null) {
            return new String[] {"", ""};
        }
        String adds = g.nextStep().adds() > 0 ? " (+" + VietnameseFormat.vn(g.nextStep().adds(), 2) + ")" : "";
        if (g.reasons().contains(GapReason.NO_DOCUMENT) && g.value() != null && g.value().equals(g.nextStep().value())) {
            return new String[] {"bổ sung tài liệu kiểm chứng" + adds, "attach an evidence document" + adds};
        }
        if (g.nextStep().adds() <= 0 && g.pointsAtRisk() > 0) {
            String keep = VietnameseFormat.vn(g.pointsAtRisk(), 2);
            return new String[] {"xử lý cảnh báo để giữ " + keep + " điểm", "resolve the finding to keep " + keep + " points"};
        }
        if (g.nextStep().value() == null) {
            return new String[] {"báo cáo kèm tài liệu kiểm chứng" + adds, "report with evidence documents" + adds};
        }
        String vi = VietnameseFormat.plainValue(info, g.nextStep().value());
        String en = info == null ? g.nextStep().value() : ValueText.of(info.valueKind(), g.nextStep().value());
        return g.value() == null ? new String[] {"báo cáo " + vi + adds, "report " + en + adds} : new String[] {"đạt " + vi + adds, "reach " + en + adds};
    }
}

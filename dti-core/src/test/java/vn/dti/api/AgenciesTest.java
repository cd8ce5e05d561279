package vn.dti.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One place where an agency's name as written meets its name in the catalogue. */
class AgenciesTest {
    static Component component(String id, String responsible, String... cooperating) {
        return new Component(IndicatorId.of(id), "Chỉ số " + id, null, 10, ValueKind.RATIO, null, null, null, responsible, List.of(cooperating), null);
    }

    static Methodology catalogue() {
        return new Methodology("t", "Thử", "1", 2025, EntityKind.PROVINCE, 30, null, null, List.of(
                new MainIndicator(IndicatorId.of("1"), "Một", null, 30, List.of(
                        component("1.1", "Sở KH&CN", "Văn phòng UBND tỉnh", "Các sở, ban, ngành"),
                        component("1.2", "Báo và Phát thanh, Truyền hình Khánh Hòa", "Sở KH&CN"),
                        component("1.3", "Ủy ban nhân dân tỉnh")))));
    }

    static final Agencies AGENCIES = Agencies.of(catalogue(), List.of(new Agencies.Alias("Sở KH&CN", List.of("Sở Khoa học và Công nghệ"), "mục II.2")),
            List.of("Các sở, ban, ngành"));

    @Test
    void names_inCatalogueOrder_groupsApart() {
        assertEquals(List.of("Sở KH&CN", "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Báo và Phát thanh, Truyền hình Khánh Hòa", "Ủy ban nhân dân tỉnh"),
                AGENCIES.names());
        assertEquals(List.of("Sở KH&CN", "Văn phòng UBND tỉnh", "Báo và Phát thanh, Truyền hình Khánh Hòa", "Ủy ban nhân dân tỉnh"), AGENCIES.agencies());
        assertTrue(AGENCIES.isGroup("các sở,  ban, ngành"));
    }

    @Test
    void oneAgencyWrittenTwoWays_isOneAgency() {
        String nfd = Normalizer.normalize("Sở KH&CN", Normalizer.Form.NFD);
        for (String spelling : List.of("Sở KH&CN", "sở kh&cn", "  Sở  KH & CN ", nfd, "SỞ KH&CN", "Sở Khoa học và Công nghệ", "sở khoa học và công nghệ")) {
            assertEquals(Optional.of("Sở KH&CN"), AGENCIES.canonical(spelling), spelling);
        }
        // the old tone placement (Hoà, Uỷ) is the same name as the catalogue's (Hòa, Ủy)
        assertEquals(Optional.of("Báo và Phát thanh, Truyền hình Khánh Hòa"), AGENCIES.canonical("Báo và Phát thanh, Truyền hình Khánh Hoà"));
        assertEquals(Optional.of("Ủy ban nhân dân tỉnh"), AGENCIES.canonical("Uỷ ban nhân dân tỉnh"));
        // no equivalence the catalogue or its documents do not give
        assertEquals(Optional.empty(), AGENCIES.canonical("Sở KHCN"));
        assertEquals(Optional.empty(), AGENCIES.canonical("UBND tỉnh"));
    }

    @Test
    void role_responsibleCooperatingOrNone() {
        Component c = catalogue().components().get(0);
        assertEquals(ReportingRole.RESPONSIBLE, AGENCIES.role("Sở Khoa học và Công nghệ", c));
        assertEquals(ReportingRole.COOPERATING, AGENCIES.role("văn phòng ubnd tỉnh", c));
        assertNull(AGENCIES.role("Ủy ban nhân dân tỉnh", c));
        assertEquals(List.of("1.1"), AGENCIES.leads("Sở KH&CN").stream().map(x -> x.id().value()).toList());
        assertEquals(List.of("1.2"), AGENCIES.cooperatesOn("Sở KH&CN").stream().map(x -> x.id().value()).toList());
    }

    @Test
    void unknownAgency_listsTheClosestKnownNames() {
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> AGENCIES.require("Sở KHCN", "x.xlsx, sheet Báo cáo, row 7, column B"));
        assertTrue(e.message(vn.dti.text.Language.EN).startsWith("x.xlsx, sheet Báo cáo, row 7, column B: unknown agency [Sở KHCN]. The closest known "
                + "agencies: Sở KH&CN; "), e.message(vn.dti.text.Language.EN));
        assertTrue(e.message(vn.dti.text.Language.VI).startsWith("x.xlsx, sheet Báo cáo, row 7, column B: không có cơ quan [Sở KHCN]. Các cơ quan có tên "
                + "gần nhất: Sở KH&CN; "), e.message(vn.dti.text.Language.VI));
        InvalidEvidenceException g = assertThrows(InvalidEvidenceException.class, () -> AGENCIES.require("Các sở, ban, ngành", "--agency"));
        assertTrue(g.message(vn.dti.text.Language.EN).contains("is a group of agencies in the methodology, not one agency"), g.message(vn.dti.text.Language.EN));
        assertTrue(g.message(vn.dti.text.Language.VI).contains("là một nhóm cơ quan trong bộ chỉ số, không phải một cơ quan"),
                g.message(vn.dti.text.Language.VI));
        InvalidEvidenceException none = assertThrows(InvalidEvidenceException.class, () -> AGENCIES.require(" ", "--agency"));
        assertTrue(none.message(vn.dti.text.Language.VI).startsWith("--agency: chưa ghi cơ quan báo cáo"), none.message(vn.dti.text.Language.VI));
        assertEquals("Văn phòng UBND tỉnh", AGENCIES.closest("Van phong UBND", 1).get(0));
    }

    @Test
    void groupMembers_cooperateOnTheGroupsComponents_asMembers() {
        // Sở Y tế, which the catalogue does not name, and Văn phòng UBND tỉnh are members of "Các sở, ban, ngành" (1.1's cooperating group)
        Agencies a = Agencies.of(catalogue(), List.of(), List.of("Các sở, ban, ngành"), List.of(new Agencies.Other("Sở Y tế", "Phụ lục II")),
                List.of(new Agencies.Members("Các sở, ban, ngành", List.of("Sở Y tế", "Văn phòng UBND tỉnh", "Báo và Phát thanh, Truyền hình Khánh Hòa"),
                        "mục III.2")));
        Component c11 = catalogue().components().get(0);
        assertEquals(ReportingRole.COOPERATING, a.role("Sở Y tế", c11));
        assertEquals("Các sở, ban, ngành", a.via("sở y tế", c11));
        // named among 1.1's cooperating agencies itself: no group in between
        assertNull(a.via("Văn phòng UBND tỉnh", c11));
        // responsible for 1.2, named cooperating agency of nothing there: no group
        assertNull(a.via("Báo và Phát thanh, Truyền hình Khánh Hòa", catalogue().components().get(1)));
        assertEquals(List.of("1.1"), a.cooperatesOn("Sở Y tế").stream().map(x -> x.id().value()).toList());
        assertEquals(List.of("Văn phòng UBND tỉnh", "Báo và Phát thanh, Truyền hình Khánh Hòa", "Sở Y tế"), a.members("Các sở, ban, ngành"));
        assertTrue(a.agencies().contains("Sở Y tế"));
        assertEquals(Set.of("Các sở, ban, ngành"), a.groupsOf("Sở Y tế"));
        InvalidEvidenceException g = assertThrows(InvalidEvidenceException.class, () -> a.require("Các sở, ban, ngành", "--agency"));
        assertTrue(g.message(vn.dti.text.Language.EN).contains("each of its members reports on its own, as a member, the components the group cooperates "
                + "on (Văn phòng UBND tỉnh; Báo và Phát thanh, Truyền hình Khánh Hòa; Sở Y tế). Name one agency, e.g. Văn phòng UBND tỉnh."),
                g.message(vn.dti.text.Language.EN));
    }

    @Test
    void groupMembers_checked() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Agencies.of(catalogue(), List.of(), List.of("Các sở, ban, ngành"),
                List.of(), List.of(new Agencies.Members("Các sở, ban, ngành", List.of("Sở Y tế"), null))));
        assertTrue(en(unknown).startsWith("members of Các sở, ban, ngành: unknown agency [Sở Y tế]; list it among the other agencies first"),
                en(unknown));
        IllegalArgumentException notGroup = assertThrows(IllegalArgumentException.class, () -> Agencies.of(catalogue(), List.of(), List.of("Các sở, ban, ngành"),
                List.of(), List.of(new Agencies.Members("Sở KH&CN", List.of("Văn phòng UBND tỉnh"), null))));
        assertTrue(en(notGroup).startsWith("members of [Sở KH&CN]: not a group"), en(notGroup));
        IllegalArgumentException named = assertThrows(IllegalArgumentException.class, () -> Agencies.of(catalogue(), List.of(), List.of(),
                List.of(new Agencies.Other("Sở KH&CN", null)), List.of()));
        assertTrue(en(named).contains("the catalogue already names it (Sở KH&CN)"), en(named));
        IllegalArgumentException itself = assertThrows(IllegalArgumentException.class, () -> Agencies.of(catalogue(), List.of(), List.of("Các sở, ban, ngành"),
                List.of(), List.of(new Agencies.Members("Các sở, ban, ngành", List.of("các sở, ban, ngành"), null))));
        assertTrue(en(itself).contains("the group cannot be its own member"), en(itself));
        assertEquals("thành viên của Các sở, ban, ngành: nhóm không thể là thành viên của chính nó.", itself.getMessage());
    }

    @Test
    void aliasOrGroupTheCatalogueLacks_isRefused() {
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
                () -> Agencies.of(catalogue(), List.of(new Agencies.Alias("Sở Nội vụ", List.of("SNV"), null)), List.of()));
        assertTrue(en(a).startsWith("alias for [Sở Nội vụ]: the catalogue names no such agency"), en(a));
        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
                () -> Agencies.of(catalogue(), List.of(new Agencies.Alias("Sở KH&CN", List.of("Văn phòng UBND tỉnh"), null)), List.of()));
        assertTrue(en(taken).contains("is already the name of another agency, Văn phòng UBND tỉnh"), en(taken));
        assertFalse(AGENCIES.isGroup("Sở KH&CN"));
    }

    /** A catalogue's refusal in English (tests run in Vietnamese; the English texts are asserted as they were). */
    private static String en(Throwable e) {
        return e instanceof vn.dti.text.RefusedArgumentException r ? r.message(vn.dti.text.Language.EN) : e.getMessage();
    }
}

package vn.vtvlstudio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vtvlstudio.domain.AdminLevel;
import vn.vtvlstudio.domain.AgencyKind;
import vn.vtvlstudio.domain.Bloc;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.StaffCategory;

/** The Hậu Giang figures of seed 003 and the way findings explain them. */
class MessagesTest {

    @Test
    void hauGiangCutOfPublicEmployeesIsOneShort() {
        SchemeBuilder b = new SchemeBuilder("PARTY_FRONT", 2026);
        long root = b.agency("Các cơ quan Đảng, MTTQ và đoàn thể tỉnh Hậu Giang", AgencyKind.PARTY, AdminLevel.PROVINCE, Bloc.PARTY_FRONT, null);
        b.position(root, "Chuyên viên").people(new Headcount(568, 0, 0, 0)).add();
        b.position(root, "Phóng viên").grade("V.07.01.03").people(new Headcount(0, 92, 0, 0)).add();
        b.quota(root, 2022, StaffCategory.CBCC, 598, true);
        b.quota(root, 2022, StaffCategory.VIEN_CHUC, 102, true);

        List<Finding> findings = RuleEngine.check(b.snapshot(), ShippedPacks.pack("PARTY_FRONT"), Map.of());

        assertEquals(1, findings.size(), findings::toString);
        Finding f = findings.get(0);
        assertEquals("REDUCTION_TARGET", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("Viên chức: giảm 10 so với năm gốc 2022 (102) = 9,80% < 10%; cần giảm ít nhất 11 (còn thiếu 1). "
                + "Căn cứ: Kết luận 40-KL/TW.", f.messageVi());
        assertEquals("Public employees: cut 10 against baseline year 2022 (102) = 9.80% < 10%; at least 11 must go "
                + "(1 short). Basis: Conclusion 40-KL/TW.", f.messageEn());
        assertEquals("Kết luận 40-KL/TW ngày 18/7/2022", f.basis());
        assertEquals("Các cơ quan Đảng, MTTQ và đoàn thể tỉnh Hậu Giang", f.target());
        assertEquals(102, f.values().get("baseline"));
        assertEquals(92, f.values().get("proposed"));
        assertEquals(new BigDecimal("10.20"), f.values().get("exactRequired"));
    }

    @Test
    void numbersUseVietnameseSeparators() {
        assertEquals("1.578", Texts.vi().format(1578));
        assertEquals("1,578", Texts.en().format(1578));
        assertEquals("9,80%", Texts.vi().format(Texts.Percent.measured(new BigDecimal("0.098039"))));
        assertEquals("65%", Texts.vi().format(Texts.Percent.threshold(new BigDecimal("0.65"))));
        assertEquals("29,9", Texts.vi().format(new BigDecimal("29.90")));
        assertEquals("Viên chức", Texts.vi().format(StaffCategory.VIEN_CHUC));
    }

    @Test
    void basisNamesTheKindOfDocument() {
        assertEquals("KL", Basis.kindOf("40-KL/TW"));
        assertEquals("ND", Basis.kindOf("62/2020/NĐ-CP"));
        assertEquals("TT", Basis.kindOf("13/2022/TT-BNV"));
        assertEquals("NQ", Basis.kindOf("332/NQ-CP"));
        assertEquals("LUAT", Basis.kindOf("80/2025/QH15"));
        assertEquals("HD", Basis.kindOf("01-HD/BCĐ"));
        assertEquals("CV", Basis.kindOf("64/BNV"));
    }
}

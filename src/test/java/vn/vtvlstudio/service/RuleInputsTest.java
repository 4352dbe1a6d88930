package vn.vtvlstudio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vtvlstudio.rules.ParamSpec;

/** Rule parameters typed as an officer writes them (percentages with a decimal comma) and stored as the pack keeps them. */
class RuleInputsTest {

    private static final ParamSpec RATE = ParamSpec.of("REDUCTION_TARGET", "rate.VIEN_CHUC");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "9|0.09", "9 %|0.09", "9,5|0.095", "9.5%|0.095", "10|0.1", "0|0", "100|1", "65|0.65"})
    void sharesAreTypedAsPercentages(String typed, String stored) {
        assertEquals(stored, RuleInputs.toStored("Tỷ lệ tinh giản", RATE, typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.10|10 %", "0.095|9,5 %", "0.65|65 %", "1|100 %", "0|0 %"})
    void sharesAreShownAsPercentagesWithADecimalComma(String stored, String shown) {
        assertEquals(shown, RuleInputs.toDisplay(RATE, stored));
    }

    @Test
    void wrongValuesAreRefusedNamingTheField() {
        assertEquals("Tỷ lệ tinh giản phải từ 0 đến 100 % (đã nhập 120).",
                assertThrows(InvalidEditException.class, () -> RuleInputs.toStored("Tỷ lệ tinh giản", RATE, "120")).getMessage());
        assertEquals("Tỷ lệ tinh giản: «mười» không phải là số (ví dụ 9 hoặc 9,5).",
                assertThrows(InvalidEditException.class, () -> RuleInputs.toStored("Tỷ lệ tinh giản", RATE, "mười")).getMessage());
        assertEquals("Tỷ lệ tinh giản không được để trống.",
                assertThrows(InvalidEditException.class, () -> RuleInputs.toStored("Tỷ lệ tinh giản", RATE, " ")).getMessage());
        ParamSpec level = ParamSpec.of("COMPETENCY_COVERAGE", "maxLevel");
        assertEquals("Cấp độ cao nhất phải từ 1 đến 5 (đã nhập 6).",
                assertThrows(InvalidEditException.class, () -> RuleInputs.toStored("Cấp độ cao nhất", level, "6")).getMessage());
        assertEquals("Cấp độ cao nhất: «4,5» không phải là số nguyên.",
                assertThrows(InvalidEditException.class, () -> RuleInputs.toStored("Cấp độ cao nhất", level, "4,5")).getMessage());
        ParamSpec flag = ParamSpec.of("DEPUTY_LIMIT", "notAboveParent");
        assertEquals("true", RuleInputs.toStored("Không nhiều hơn cấp trên", flag, "Có"));
        assertEquals("không", RuleInputs.toDisplay(flag, "false"));
        ParamSpec rounding = ParamSpec.of("REDUCTION_TARGET", "rounding");
        assertEquals("HALF_UP", RuleInputs.toStored("Làm tròn", rounding, "half_up"));
        assertEquals("Làm tròn: «LÊN» không phải giá trị hợp lệ; chọn một trong: CEILING, HALF_UP.",
                assertThrows(InvalidEditException.class, () -> RuleInputs.toStored("Làm tròn", rounding, "LÊN")).getMessage());
        ParamSpec categories = ParamSpec.of("QUOTA_EXCEEDED", "categories");
        assertEquals("CBCC,VIEN_CHUC", RuleInputs.toStored("Loại biên chế", categories, "cbcc, vien_chuc, CBCC"));
        assertEquals("", RuleInputs.toStored("Loại biên chế", categories, ""), "an empty list is a list");
        ParamSpec marks = ParamSpec.of("FRAMEWORK_CONFORMITY", "mergeMarks");
        assertThrows(InvalidEditException.class, () -> RuleInputs.toStored("Ký hiệu gộp", marks, "+;&"));
    }

    @Test
    void theSameThresholdWrittenTwoWaysIsTheSame() {
        assertTrue(RuleInputs.same(RATE, "0.10", "0.1"));
        assertFalse(RuleInputs.same(RATE, "0.10", "0.09"));
        assertTrue(ParamSpec.of("UNIT_MINIMUM", "min.PHONG").isThreshold());
        assertEquals(ParamSpec.Kind.SHARE, ParamSpec.of("PROFESSIONAL_SHARE", "min").kind());
        assertEquals(ParamSpec.Kind.COUNT, ParamSpec.of("UNIT_MINIMUM", "min.PHONG").kind());
    }
}

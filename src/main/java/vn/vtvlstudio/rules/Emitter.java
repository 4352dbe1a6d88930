package vn.vtvlstudio.rules;

import java.util.List;
import java.util.Map;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.Position;

/**
 * Builds findings for one rule and setting: fills the Vietnamese and English templates
 * ({@code RULE_ID.key}), appends the short legal basis, and sets the severity the setting carries.
 */
public final class Emitter {

    private final RuleContext ctx;
    private final RuleSetting setting;
    private final Basis basis;
    List<Finding> out;

    Emitter(RuleContext ctx, RuleSetting setting) {
        this.ctx = ctx;
        this.setting = setting;
        this.basis = ctx.basis(setting.legalRef());
    }

    public RuleContext ctx() {
        return ctx;
    }

    RuleSetting setting() {
        return setting;
    }

    void position(Position p, String key, Map<String, Object> values, Object... args) {
        emit("POSITION", p.id() == null ? 0 : p.id(), ctx.snapshot().pathOf(p), key, values, args);
    }

    void agency(Agency a, String key, Map<String, Object> values, Object... args) {
        emit("AGENCY", a.id(), ctx.pathOf(a.id()), key, values, args);
    }

    void unit(OrgUnit u, String key, Map<String, Object> values, Object... args) {
        emit("UNIT", u.id(), ctx.pathOf(u), key, values, args);
    }

    private void emit(String kind, long id, String target, String key, Map<String, Object> values, Object... args) {
        String templateKey = setting.ruleId() + "." + key;
        String vi = Texts.vi().message(templateKey, args);
        String en = Texts.en().message(templateKey, args);
        if (!basis.shortVi().isEmpty()) {
            vi = vi + " " + Texts.vi().message("basis.suffix", basis.shortVi());
            en = en + " " + Texts.en().message("basis.suffix", basis.shortEn());
        }
        out.add(new Finding(setting.ruleId(), setting.severity(), kind, id, target, vi, en, basis.full(), values));
    }
}

package vn.vtvlstudio.ui.reference;

import vn.vtvlstudio.rules.ParamSpec;

/** One parameter of the selected rule: its Vietnamese name, the scheme's value, the pack's value and what is allowed. */
public record ParamRow(String key, String label, String value, String packValue, String allowed, boolean changed, ParamSpec spec) {
}

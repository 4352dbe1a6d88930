package vn.vtvlstudio.service;

/**
 * One undoable change of the store. {@link #apply()} and {@link #revert()} run inside one transaction each (the
 * {@link EditHistory} draws it), so an edit is saved whole or not at all.
 */
public interface Edit {

    /** Short Vietnamese description for the menu and the status line, e.g. "Sửa vị trí 1.01". */
    String label();

    void apply();

    void revert();

    static Edit of(String label, Runnable apply, Runnable revert) {
        return new Edit() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public void apply() {
                apply.run();
            }

            @Override
            public void revert() {
                revert.run();
            }
        };
    }
}

package vn.vtvlstudio.ui.main;

/** A scheme in the chooser. */
public record SchemeItem(long id, String title, int year) {

    @Override
    public String toString() {
        return title + " (" + year + ")";
    }
}

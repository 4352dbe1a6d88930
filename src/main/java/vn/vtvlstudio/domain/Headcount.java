package vn.vtvlstudio.domain;

/** People per staff category. Immutable; negative amounts are rejected. */
public record Headcount(int cbcc, int vienChuc, int hopDong, int cbccCapXa) {

    public static final Headcount ZERO = new Headcount(0, 0, 0, 0);

    public Headcount {
        if (cbcc < 0 || vienChuc < 0 || hopDong < 0 || cbccCapXa < 0) {
            throw new IllegalArgumentException("headcount must not be negative: " + cbcc + "/" + vienChuc + "/" + hopDong + "/" + cbccCapXa);
        }
    }

    public static Headcount of(StaffCategory category, int amount) {
        return ZERO.with(category, amount);
    }

    public int get(StaffCategory category) {
        return switch (category) {
            case CBCC -> cbcc;
            case VIEN_CHUC -> vienChuc;
            case HOP_DONG -> hopDong;
            case CBCC_CAP_XA -> cbccCapXa;
        };
    }

    public Headcount with(StaffCategory category, int amount) {
        return switch (category) {
            case CBCC -> new Headcount(amount, vienChuc, hopDong, cbccCapXa);
            case VIEN_CHUC -> new Headcount(cbcc, amount, hopDong, cbccCapXa);
            case HOP_DONG -> new Headcount(cbcc, vienChuc, amount, cbccCapXa);
            case CBCC_CAP_XA -> new Headcount(cbcc, vienChuc, hopDong, amount);
        };
    }

    public Headcount plus(Headcount other) {
        return new Headcount(cbcc + other.cbcc, vienChuc + other.vienChuc, hopDong + other.hopDong, cbccCapXa + other.cbccCapXa);
    }

    /** Biên chế = CBCC + VIEN_CHUC (DOMAIN.md §4). Contract workers and commune cadres are reported beside it. */
    public int bienChe() {
        return cbcc + vienChuc;
    }

    /** Everyone, whatever the category. */
    public int total() {
        return cbcc + vienChuc + hopDong + cbccCapXa;
    }
}

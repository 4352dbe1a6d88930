package vn.vtvlstudio.domain;

/** Cấp trưởng / cấp phó; {@link #NONE} for every non-leadership position. */
public enum LeadershipRole {
    NONE, CAP_TRUONG, CAP_PHO;

    public boolean isLeader() {
        return this != NONE;
    }
}

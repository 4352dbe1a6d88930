package vn.vtvlstudio.domain;

/** How a position is held: by one person, by several, or concurrently (kiêm nhiệm, no headcount of its own). */
public enum WorkloadType {
    MOT_NGUOI, NHIEU_NGUOI, KIEM_NHIEM
}

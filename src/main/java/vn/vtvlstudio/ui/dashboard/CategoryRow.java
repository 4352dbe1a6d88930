package vn.vtvlstudio.ui.dashboard;

/**
 * One staff category of the scheme: quotas, proposal, reduction and the reduction target with whether it is met,
 * already formatted the Vietnamese way.
 */
public record CategoryRow(String category, String baseline, String current, String proposed, String difference, String reduction,
                          String rate, String target, String verdict) {
}

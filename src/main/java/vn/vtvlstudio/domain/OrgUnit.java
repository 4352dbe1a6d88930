package vn.vtvlstudio.domain;

/** Phòng, ban: an internal unit of an agency. */
public record OrgUnit(Long id, long agencyId, String code, String name, OrgUnitKind kind, int ordinal) {

    public OrgUnit withId(Long newId) {
        return new OrgUnit(newId, agencyId, code, name, kind, ordinal);
    }
}

package vn.vtvlstudio.domain;

/** Cơ quan, đơn vị (or a grouping node) in the agency tree. {@code parentId} is null at a root. */
public record Agency(Long id, String code, String name, String shortName, AgencyKind kind, AdminLevel level,
                     Bloc bloc, Long parentId, String provinceType, Integer autonomyGroup, int ordinal) {

    public Agency withId(Long newId) {
        return new Agency(newId, code, name, shortName, kind, level, bloc, parentId, provinceType, autonomyGroup, ordinal);
    }

    public Agency withParentId(Long newParentId) {
        return new Agency(id, code, name, shortName, kind, level, bloc, newParentId, provinceType, autonomyGroup, ordinal);
    }
}

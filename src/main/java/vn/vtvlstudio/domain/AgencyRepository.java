package vn.vtvlstudio.domain;

import java.util.List;
import java.util.Optional;

/** Agencies (a tree) and their internal units. */
public interface AgencyRepository {

    List<Agency> findAll();

    Optional<Agency> find(long id);

    Optional<Agency> findByCode(String code);

    Agency insert(Agency agency);

    void update(Agency agency);

    void delete(long id);

    List<OrgUnit> findAllUnits();

    List<OrgUnit> unitsOf(long agencyId);

    OrgUnit insertUnit(OrgUnit unit);

    void updateUnit(OrgUnit unit);

    void deleteUnit(long id);
}

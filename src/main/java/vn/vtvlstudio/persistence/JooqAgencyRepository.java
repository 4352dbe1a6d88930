package vn.vtvlstudio.persistence;

import static vn.vtvlstudio.persistence.generated.Tables.AGENCY;
import static vn.vtvlstudio.persistence.generated.Tables.ORG_UNIT;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import vn.vtvlstudio.domain.AdminLevel;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.AgencyKind;
import vn.vtvlstudio.domain.AgencyRepository;
import vn.vtvlstudio.domain.Bloc;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.OrgUnitKind;
import vn.vtvlstudio.persistence.generated.tables.records.AgencyRecord;
import vn.vtvlstudio.persistence.generated.tables.records.OrgUnitRecord;

final class JooqAgencyRepository implements AgencyRepository {

    private final Supplier<DSLContext> dsl;

    JooqAgencyRepository(Supplier<DSLContext> dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Agency> findAll() {
        return dsl.get().selectFrom(AGENCY).orderBy(AGENCY.ORDINAL, AGENCY.ID).fetch(JooqAgencyRepository::toAgency);
    }

    @Override
    public Optional<Agency> find(long id) {
        return dsl.get().selectFrom(AGENCY).where(AGENCY.ID.eq(id)).fetchOptional(JooqAgencyRepository::toAgency);
    }

    @Override
    public Optional<Agency> findByCode(String code) {
        return dsl.get().selectFrom(AGENCY).where(AGENCY.CODE.eq(code)).fetchOptional(JooqAgencyRepository::toAgency);
    }

    @Override
    public Agency insert(Agency agency) {
        AgencyRecord r = dsl.get().newRecord(AGENCY);
        fill(r, agency);
        r.store();
        return agency.withId(r.getId());
    }

    @Override
    public void update(Agency agency) {
        AgencyRecord r = dsl.get().fetchSingle(AGENCY, AGENCY.ID.eq(agency.id()));
        fill(r, agency);
        r.store();
    }

    @Override
    public void delete(long id) {
        dsl.get().fetchOptional(AGENCY, AGENCY.ID.eq(id)).ifPresent(r -> r.delete());
    }

    @Override
    public List<OrgUnit> findAllUnits() {
        return dsl.get().selectFrom(ORG_UNIT).orderBy(ORG_UNIT.AGENCY_ID, ORG_UNIT.ORDINAL, ORG_UNIT.ID).fetch(JooqAgencyRepository::toUnit);
    }

    @Override
    public List<OrgUnit> unitsOf(long agencyId) {
        return dsl.get().selectFrom(ORG_UNIT).where(ORG_UNIT.AGENCY_ID.eq(agencyId)).orderBy(ORG_UNIT.ORDINAL, ORG_UNIT.ID)
                .fetch(JooqAgencyRepository::toUnit);
    }

    @Override
    public OrgUnit insertUnit(OrgUnit unit) {
        OrgUnitRecord r = dsl.get().newRecord(ORG_UNIT);
        fillUnit(r, unit);
        r.store();
        return unit.withId(r.getId());
    }

    @Override
    public void updateUnit(OrgUnit unit) {
        OrgUnitRecord r = dsl.get().fetchSingle(ORG_UNIT, ORG_UNIT.ID.eq(unit.id()));
        fillUnit(r, unit);
        r.store();
    }

    @Override
    public void deleteUnit(long id) {
        dsl.get().fetchOptional(ORG_UNIT, ORG_UNIT.ID.eq(id)).ifPresent(r -> r.delete());
    }

    private static void fill(AgencyRecord r, Agency a) {
        r.setCode(a.code());
        r.setName(a.name());
        r.setShortName(a.shortName());
        r.setKind(a.kind().name());
        r.setAdminLevel(a.level().name());
        r.setBloc(a.bloc().name());
        r.setParentId(a.parentId());
        r.setProvinceType(a.provinceType());
        r.setAutonomyGroup(a.autonomyGroup());
        r.setOrdinal(a.ordinal());
    }

    private static void fillUnit(OrgUnitRecord r, OrgUnit u) {
        r.setAgencyId(u.agencyId());
        r.setCode(u.code());
        r.setName(u.name());
        r.setKind(u.kind().name());
        r.setOrdinal(u.ordinal());
    }

    static Agency toAgency(AgencyRecord r) {
        return new Agency(r.getId(), r.getCode(), r.getName(), r.getShortName(), AgencyKind.valueOf(r.getKind()),
                AdminLevel.valueOf(r.getAdminLevel()), Bloc.valueOf(r.getBloc()), r.getParentId(), r.getProvinceType(),
                r.getAutonomyGroup(), r.getOrdinal());
    }

    static OrgUnit toUnit(OrgUnitRecord r) {
        return new OrgUnit(r.getId(), r.getAgencyId(), r.getCode(), r.getName(), OrgUnitKind.valueOf(r.getKind()), r.getOrdinal());
    }
}

package vn.vtvlstudio.persistence;

import static vn.vtvlstudio.persistence.generated.Tables.LEGAL_REFERENCE;
import static vn.vtvlstudio.persistence.generated.Tables.SCHEME;
import static vn.vtvlstudio.persistence.generated.Tables.SCHEME_LEGAL_REFERENCE;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import vn.vtvlstudio.domain.LegalReference;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.domain.SchemeRepository;
import vn.vtvlstudio.domain.SchemeStatus;
import vn.vtvlstudio.persistence.generated.tables.records.SchemeRecord;

final class JooqSchemeRepository implements SchemeRepository {

    private final Supplier<DSLContext> dsl;

    JooqSchemeRepository(Supplier<DSLContext> dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Scheme> findAll() {
        return dsl.get().selectFrom(SCHEME).orderBy(SCHEME.ID).fetch(JooqSchemeRepository::toScheme);
    }

    @Override
    public Optional<Scheme> find(long id) {
        return dsl.get().selectFrom(SCHEME).where(SCHEME.ID.eq(id)).fetchOptional(JooqSchemeRepository::toScheme);
    }

    @Override
    public Scheme insert(Scheme scheme) {
        SchemeRecord r = dsl.get().newRecord(SCHEME);
        fill(r, scheme);
        r.store();
        return scheme.withId(r.getId());
    }

    @Override
    public void update(Scheme scheme) {
        SchemeRecord r = dsl.get().fetchSingle(SCHEME, SCHEME.ID.eq(scheme.id()));
        fill(r, scheme);
        r.store();
    }

    @Override
    public void delete(long id) {
        dsl.get().fetchOptional(SCHEME, SCHEME.ID.eq(id)).ifPresent(r -> r.delete());
    }

    @Override
    public void linkLegalReference(long schemeId, long legalReferenceId, int ordinal) {
        dsl.get().mergeInto(SCHEME_LEGAL_REFERENCE)
                .using(dsl.get().selectOne())
                .on(SCHEME_LEGAL_REFERENCE.SCHEME_ID.eq(schemeId).and(SCHEME_LEGAL_REFERENCE.LEGAL_REFERENCE_ID.eq(legalReferenceId)))
                .whenMatchedThenUpdate().set(SCHEME_LEGAL_REFERENCE.ORDINAL, ordinal)
                .whenNotMatchedThenInsert(SCHEME_LEGAL_REFERENCE.SCHEME_ID, SCHEME_LEGAL_REFERENCE.LEGAL_REFERENCE_ID, SCHEME_LEGAL_REFERENCE.ORDINAL)
                .values(schemeId, legalReferenceId, ordinal)
                .execute();
    }

    @Override
    public List<LegalReference> legalReferencesOf(long schemeId) {
        return dsl.get().select(LEGAL_REFERENCE.fields()).from(LEGAL_REFERENCE)
                .join(SCHEME_LEGAL_REFERENCE).on(SCHEME_LEGAL_REFERENCE.LEGAL_REFERENCE_ID.eq(LEGAL_REFERENCE.ID))
                .where(SCHEME_LEGAL_REFERENCE.SCHEME_ID.eq(schemeId))
                .orderBy(SCHEME_LEGAL_REFERENCE.ORDINAL)
                .fetch(r -> JooqReferenceRepository.toLegalReference(r.into(LEGAL_REFERENCE)));
    }

    private static void fill(SchemeRecord r, Scheme s) {
        r.setRootAgencyId(s.rootAgencyId());
        r.setTitle(s.title());
        r.setRegimeCode(s.regimeCode());
        r.setSchemeYear(s.year());
        r.setStatus(s.status().name());
        r.setVersion(s.version());
        r.setDecisionNo(s.decisionNo());
        r.setDecisionDate(s.decisionDate());
        r.setIllustrative(s.illustrative());
        r.setNote(s.note());
    }

    static Scheme toScheme(SchemeRecord r) {
        return new Scheme(r.getId(), r.getRootAgencyId(), r.getTitle(), r.getRegimeCode(), r.getSchemeYear(),
                SchemeStatus.valueOf(r.getStatus()), r.getVersion(), r.getDecisionNo(), r.getDecisionDate(),
                r.getIllustrative(), r.getNote());
    }
}

package vn.vtvlstudio.domain;

/** The store as the services see it: repositories and the transaction boundary. */
public record Repositories(Transactor transactor, AgencyRepository agencies, SchemeRepository schemes,
                           PositionRepository positions, QuotaRepository quotas, ReferenceRepository reference,
                           AuditRepository audit) {
}

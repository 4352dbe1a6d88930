package vn.vtvlstudio.service;

import vn.vtvlstudio.domain.Repositories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vtvlstudio.domain.AdminLevel;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.AgencyKind;
import vn.vtvlstudio.domain.Bloc;
import vn.vtvlstudio.domain.Competency;
import vn.vtvlstudio.domain.CompetencyGroup;
import vn.vtvlstudio.domain.CompetencyRequirement;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.JobDescription;
import vn.vtvlstudio.domain.JobTask;
import vn.vtvlstudio.domain.LeadershipRole;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.OrgUnitKind;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.Quota;
import vn.vtvlstudio.domain.Requirements;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.domain.SchemeStatus;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.domain.WorkloadType;

/**
 * Loads the sample schemes of {@code sample-data/} (format: sample-data/README.md) into a store, each file in one
 * transaction.
 */
public final class SampleLoader {

    /** The samples shipped inside the jar, in the order they are loaded. */
    public static final List<String> BUNDLED = List.of("hau-giang-2024.json", "duc-pho-2023.json");

    private final Repositories repos;
    private final ObjectMapper mapper = new ObjectMapper();

    public SampleLoader(Repositories repos) {
        this.repos = repos;
    }

    /** Loads every bundled sample; returns the new schemes. */
    public List<Scheme> loadBundled() {
        List<Scheme> loaded = new ArrayList<>();
        for (String name : BUNDLED) {
            String resource = "/sample-data/" + name;
            try (InputStream in = SampleLoader.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new SampleDataException("Thiếu tệp mẫu " + resource + " trong chương trình.", null);
                }
                loaded.add(load(in, name));
            } catch (IOException e) {
                throw new SampleDataException("Không đọc được tệp mẫu " + name + ": " + e.getMessage(), e);
            }
        }
        return loaded;
    }

    /** Loads one sample file; all of it or nothing. */
    public Scheme load(InputStream json, String sourceName) throws IOException {
        JsonNode root = mapper.readTree(json);
        try {
            return repos.transactor().inTransaction(() -> store(root));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SampleDataException("Tệp mẫu " + sourceName + " không hợp lệ: " + e.getMessage(), e);
        }
    }

    private Scheme store(JsonNode root) {
        Map<String, Long> competencyIds = new HashMap<>();
        repos.reference().competencies().forEach(c -> competencyIds.put(c.code(), c.id()));
        for (JsonNode c : root.path("competencies")) {
            Map<Integer, String> levels = new HashMap<>();
            c.path("levels").fields().forEachRemaining(e -> levels.put(Integer.parseInt(e.getKey()), e.getValue().asText()));
            Competency saved = repos.reference().saveCompetency(new Competency(null, text(c, "code"),
                    CompetencyGroup.valueOf(text(c, "group")), text(c, "name"), text(c, "description"), levels, text(c, "source")));
            competencyIds.put(saved.code(), saved.id());
        }

        Map<String, Long> agencyIds = new HashMap<>();
        Map<String, Long> unitIds = new HashMap<>();
        int ordinal = 0;
        for (JsonNode a : root.path("agencies")) {
            String parent = text(a, "parent");
            Long parentId = null;
            if (parent != null) {
                parentId = agencyIds.get(parent);
                if (parentId == null) {
                    throw new IllegalArgumentException("cơ quan " + text(a, "code") + " có cơ quan cấp trên " + parent
                            + " chưa được khai báo trước nó");
                }
            }
            Agency agency = repos.agencies().insert(new Agency(null, text(a, "code"), text(a, "name"), text(a, "shortName"),
                    AgencyKind.valueOf(text(a, "kind")), AdminLevel.valueOf(text(a, "level")), Bloc.valueOf(text(a, "bloc")),
                    parentId, text(a, "provinceType"), integer(a, "autonomyGroup"), ordinal++));
            agencyIds.put(agency.code(), agency.id());
            int unitOrdinal = 0;
            for (JsonNode u : a.path("units")) {
                OrgUnit unit = repos.agencies().insertUnit(new OrgUnit(null, agency.id(), text(u, "code"), text(u, "name"),
                        OrgUnitKind.valueOf(text(u, "kind")), unitOrdinal++));
                unitIds.put(agency.code() + "/" + unit.code(), unit.id());
            }
        }

        for (JsonNode q : root.path("quotas")) {
            repos.quotas().insert(new Quota(null, require(agencyIds, text(q, "agency"), "cơ quan"), q.path("year").asInt(),
                    StaffCategory.valueOf(text(q, "category")), q.path("amount").asInt(), text(q, "decisionNo"),
                    date(q, "decisionDate"), text(q, "issuer"), q.path("baseline").asBoolean(false)));
        }

        JsonNode s = root.path("scheme");
        Scheme scheme = repos.schemes().insert(new Scheme(null, require(agencyIds, text(s, "rootAgency"), "cơ quan"),
                text(s, "title"), text(s, "regime"), s.path("year").asInt(), SchemeStatus.valueOf(text(s, "status")),
                s.path("version").asInt(1), text(s, "decisionNo"), date(s, "decisionDate"),
                s.path("illustrative").asBoolean(false), text(s, "note")));
        int refOrdinal = 0;
        for (JsonNode ref : s.path("legalReferences")) {
            long refId = repos.reference().legalReference(ref.asText())
                    .orElseThrow(() -> new IllegalArgumentException("không có căn cứ pháp lý mã " + ref.asText())).id();
            repos.schemes().linkLegalReference(scheme.id(), refId, refOrdinal++);
        }

        Map<String, Position> positions = new HashMap<>();
        List<JsonNode> nodes = new ArrayList<>();
        int positionOrdinal = 0;
        for (JsonNode p : root.path("positions")) {
            String agencyCode = text(p, "agency");
            long agencyId = require(agencyIds, agencyCode, "cơ quan");
            String unitCode = text(p, "unit");
            Long unitId = unitCode == null ? null : require(unitIds, agencyCode + "/" + unitCode, "phòng, ban");
            JsonNode hc = p.path("headcount");
            Position position = repos.positions().insert(new Position(null, scheme.id(), text(p, "code"), text(p, "name"),
                    GroupKind.valueOf(text(p, "group")), agencyId, unitId, WorkloadType.valueOf(text(p, "workload")),
                    LeadershipRole.valueOf(p.path("role").asText("NONE")), null, text(p, "grade"),
                    integer(p, "stepMin"), integer(p, "stepMax"),
                    new Headcount(hc.path("CBCC").asInt(0), hc.path("VIEN_CHUC").asInt(0), hc.path("HOP_DONG").asInt(0),
                            hc.path("CBCC_CAP_XA").asInt(0)),
                    text(p, "frameworkRef"), text(p, "note"), positionOrdinal++));
            if (positions.put(position.code(), position) != null) {
                throw new IllegalArgumentException("mã vị trí " + position.code() + " bị trùng");
            }
            nodes.add(p);
        }
        for (JsonNode p : nodes) {
            Position position = positions.get(text(p, "code"));
            String linked = text(p, "linkedTo");
            if (linked != null) {
                Position target = positions.get(linked);
                if (target == null) {
                    throw new IllegalArgumentException("vị trí " + position.code() + " gắn với vị trí không có: " + linked);
                }
                repos.positions().update(position.withLinkedPositionId(target.id()));
            }
            JsonNode d = p.path("description");
            if (!d.isMissingNode() && !d.isNull()) {
                List<JobTask> tasks = new ArrayList<>();
                for (JsonNode t : d.path("tasks")) {
                    tasks.add(new JobTask(t.path("step").asInt(1), text(t, "content"), text(t, "output"), text(t, "criterion")));
                }
                JsonNode r = d.path("requirements");
                repos.positions().saveDescription(new JobDescription(position.id(), text(d, "objective"), tasks,
                        text(d, "relationsInternal"), text(d, "relationsExternal"), text(d, "authority"), text(d, "conditions"),
                        new Requirements(text(r, "training"), text(r, "certificates"), text(r, "experience"),
                                text(r, "qualities"), text(r, "itAndLanguages"))));
            }
            List<CompetencyRequirement> reqs = new ArrayList<>();
            for (JsonNode c : p.path("competencies")) {
                reqs.add(new CompetencyRequirement(position.id(), require(competencyIds, text(c, "code"), "năng lực"),
                        c.path("level").asInt()));
            }
            if (!reqs.isEmpty()) {
                repos.positions().saveRequirements(position.id(), reqs);
            }
        }
        return scheme;
    }

    private static long require(Map<String, Long> ids, String code, String what) {
        Long id = ids.get(code);
        if (id == null) {
            throw new IllegalArgumentException("không có " + what + " mã " + code);
        }
        return id;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static LocalDate date(JsonNode node, String field) {
        String v = text(node, field);
        return v == null ? null : LocalDate.parse(v);
    }
}

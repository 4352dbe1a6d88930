package vn.vtvlstudio.testing;

import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.LeadershipRole;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.Repositories;
import vn.vtvlstudio.domain.WorkloadType;
import vn.vtvlstudio.persistence.Database;

/**
 * Edits and imports in a loop until killed. After each commit it appends a line to a journal and forces it to disk,
 * so the parent knows which commits certainly happened: "E n" (position P0 set to n CBCC) or "I n" (batch n of
 * {@link #BATCH} positions imported in one transaction).
 */
public final class CrashWorker {

    public static final int BATCH = 40;
    public static final String EDITED = "P0";

    private CrashWorker() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(Path.of(args[0]));
        Repositories r = db.repositories();
        long schemeId = r.schemes().findAll().get(0).id();
        Position edited = r.positions().findByScheme(schemeId).stream().filter(p -> p.code().equals(EDITED)).findFirst().orElseThrow();
        int counter = edited.headcount().cbcc();
        for (Position p : r.positions().findByScheme(schemeId)) {
            if (p.code().startsWith("B")) {
                counter = Math.max(counter, Integer.parseInt(p.code().substring(1, p.code().indexOf('-'))));
            }
        }
        try (FileOutputStream journal = new FileOutputStream(args[1], true)) {
            System.out.println("READY");
            System.out.flush();
            while (true) {
                int n = ++counter;
                if (n % 5 == 0) {
                    db.run(() -> {
                        for (int k = 0; k < BATCH; k++) {
                            r.positions().insert(new Position(null, schemeId, "B" + n + "-" + k, "Vị trí nhập " + n + "/" + k,
                                    GroupKind.SHARED, edited.agencyId(), null, WorkloadType.MOT_NGUOI, LeadershipRole.NONE, null,
                                    "01.003", null, null, new Headcount(1, 0, 0, 0), null, "lô " + n, 1000 + k));
                        }
                    });
                    journal.write(("I " + n + "\n").getBytes(StandardCharsets.UTF_8));
                } else {
                    Position current = r.positions().find(edited.id()).orElseThrow();
                    db.run(() -> r.positions().update(current.withHeadcount(new Headcount(n, 0, 0, 0))));
                    journal.write(("E " + n + "\n").getBytes(StandardCharsets.UTF_8));
                }
                journal.getFD().sync();
            }
        }
    }

    /** The parent's setup: one agency, one scheme, the edited position. */
    public static void prepare(Database db) {
        Repositories r = db.repositories();
        var agency = r.agencies().insert(new vn.vtvlstudio.domain.Agency(null, "K", "Cơ quan thử", null,
                vn.vtvlstudio.domain.AgencyKind.PARTY, vn.vtvlstudio.domain.AdminLevel.PROVINCE, vn.vtvlstudio.domain.Bloc.PARTY_FRONT,
                null, null, null, 0));
        var scheme = r.schemes().insert(new vn.vtvlstudio.domain.Scheme(null, agency.id(), "Đề án thử sập", "PARTY_FRONT", 2024,
                vn.vtvlstudio.domain.SchemeStatus.DRAFT, 1, null, null, false, null));
        r.positions().insert(new Position(null, scheme.id(), EDITED, "Vị trí được sửa", GroupKind.SHARED, agency.id(), null,
                WorkloadType.NHIEU_NGUOI, LeadershipRole.NONE, null, "01.003", null, null, new Headcount(0, 0, 0, 0), null, null, 0));
    }
}

package vn.vtvlstudio.cli;

import java.util.List;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.service.SchemeService;

/** The scheme a command works on: the one named, or the only one in the database. */
final class SchemeChoice {

    private SchemeChoice() {
    }

    static long resolve(SchemeService service, Long requested) {
        if (requested != null) {
            return requested;
        }
        List<Scheme> all = service.schemes();
        if (all.size() == 1) {
            return all.get(0).id();
        }
        if (all.isEmpty()) {
            throw new CliException("Cơ sở dữ liệu chưa có đề án nào.");
        }
        StringBuilder sb = new StringBuilder("Có " + all.size() + " đề án; hãy chọn bằng --scheme:");
        for (Scheme s : all) {
            sb.append(" [").append(s.id()).append("] ").append(s.title()).append(';');
        }
        throw new CliException(sb.substring(0, sb.length() - 1));
    }
}

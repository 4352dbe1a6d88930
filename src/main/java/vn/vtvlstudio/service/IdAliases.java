package vn.vtvlstudio.service;

import java.util.HashMap;
import java.util.Map;

/**
 * Undoing a delete inserts the row again under a new id. Edits remember the id they were made with and resolve it
 * here, so an older edit still finds its row after the row came back.
 */
final class IdAliases {

    private final Map<Long, Long> next = new HashMap<>();

    synchronized long current(long id) {
        long at = id;
        for (int guard = 0; guard < 10_000; guard++) {
            Long n = next.get(at);
            if (n == null) {
                return at;
            }
            at = n;
        }
        throw new IllegalStateException("alias cycle at " + id);
    }

    synchronized void moved(long from, long to) {
        if (from != to) {
            next.put(from, to);
        }
    }
}

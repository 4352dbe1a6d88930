package vn.vtvlstudio.domain;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of it is saved, or none of it. Nested calls join the outer one. */
public interface Transactor {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

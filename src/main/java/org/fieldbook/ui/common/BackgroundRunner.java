package org.fieldbook.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs slow work off the FX thread and delivers the outcome on it. */
public interface BackgroundRunner {
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /** Same thread: for tests, and for code that is already in the background. */
    static BackgroundRunner inline() {
        return new BackgroundRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess,
                                Consumer<? super Exception> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}

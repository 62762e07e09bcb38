package org.fieldbook.ui.shell;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.fieldbook.service.demo.DemoOptions;
import org.fieldbook.service.demo.DemoReport;

/** Loads the demo data set (the demo-data service's {@code load}), reporting progress and checking for cancel. */
@FunctionalInterface
public interface DemoLoader {
    DemoReport load(DemoOptions options, DoubleConsumer progress, BooleanSupplier cancelled);
}

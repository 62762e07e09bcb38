package org.fieldbook.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo-data", description = "Loads a realistic, deterministic demo data set.")
final class DemoDataCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new IllegalStateException("demo-data is being written");
    }
}

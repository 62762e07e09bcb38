package org.fieldbook.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench", description = "Measures start-up, demo-data throughput and memory.")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new IllegalStateException("bench is being written");
    }
}

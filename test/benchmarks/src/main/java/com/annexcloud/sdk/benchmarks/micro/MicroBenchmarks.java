package com.annexcloud.sdk.benchmarks.micro;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the micro-benchmarks of this package with JMH's own command-line flags (such as
 * {@code -f 1 -wi 2 -i 3 -w 1s -r 1s}) and prints, per benchmark class, each method's score and its ratio
 * to that class's {@code baseline}, measured in the same run.
 */
public final class MicroBenchmarks {
    private MicroBenchmarks() {
    }

    /** Runs the benchmarks named by the JMH flags (all of this package by default) and prints the ratios. */
    public static void main(String[] args) throws CommandLineOptionException, RunnerException {
        CommandLineOptions flags = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(flags);
        if (flags.getIncludes().isEmpty()) {
            options.include(MicroBenchmarks.class.getPackageName() + "\\..*Benchmark\\..*");
        }
        print(new Runner(options.build()).run());
    }

    private static void print(Collection<RunResult> results) {
        Map<String, Map<String, RunResult>> byClass = new TreeMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            int dot = benchmark.lastIndexOf('.');
            String type = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
            byClass.computeIfAbsent(type, k -> new TreeMap<>()).put(benchmark.substring(dot + 1), result);
        }
        System.out.println("| benchmark | score | ÷ baseline |");
        System.out.println("|---|---|---|");
        byClass.forEach((type, methods) -> {
            RunResult baseline = methods.get("baseline");
            methods.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, RunResult> e) -> !e.getKey().equals("baseline")))
                    .forEach(e -> {
                        var score = e.getValue().getPrimaryResult();
                        String ratio = baseline == null ? "–" : String.format("%.2f",
                                score.getScore() / baseline.getPrimaryResult().getScore());
                        System.out.printf("| %s.%s | %.1f ± %.1f %s | %s |%n", type, e.getKey(), score.getScore(),
                                score.getScoreError(), score.getScoreUnit(), ratio);
                    });
        });
    }
}

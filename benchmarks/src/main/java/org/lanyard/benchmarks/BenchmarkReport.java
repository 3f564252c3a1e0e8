package org.lanyard.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link TextScreeningBenchmark} and prints the figures docs/PERFORMANCE.md asks for: MB/s of the engine and of
 * the bare Aho–Corasick ceiling on one thread, their ratio, and comments per second.
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar org.lanyard.benchmarks.BenchmarkReport
 * </pre>
 */
public final class BenchmarkReport {

	private BenchmarkReport() {
	}

	public static void main(String[] args) throws RunnerException {
		Collection<RunResult> results = new Runner(new OptionsBuilder()
			.include(TextScreeningBenchmark.class.getSimpleName())
			.build()).run();
		double megabytes = SchoolFixture.prose(TextScreeningBenchmark.TEXT_BYTES).getBytes(StandardCharsets.UTF_8).length
				/ (1024.0 * 1024.0);
		double ceiling = 0;
		double incoming = 0;
		System.out.printf("%nText: %.2f MB of school prose; roster %d people; lexicon grown by %d terms%n", megabytes,
				SchoolFixture.ROSTER_SIZE, SchoolFixture.EXTRA_TERMS);
		for (RunResult result : results) {
			String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
			double score = result.getPrimaryResult().getScore();
			double error = result.getPrimaryResult().getScoreError();
			if (name.equals("engineComment")) {
				System.out.printf("%-22s %,12.0f comments/s (± %,.0f), = %.1f MB/s%n", name, score, error,
						score * 300 / (1024.0 * 1024.0));
				continue;
			}
			double mbps = score * megabytes;
			System.out.printf("%-22s %8.1f MB/s (± %.1f)%n", name, mbps, error * megabytes);
			if (name.equals("bareAhoCorasick")) {
				ceiling = mbps;
			}
			if (name.equals("engineIncomingText")) {
				incoming = mbps;
			}
		}
		if (ceiling > 0) {
			System.out.printf("engine / ceiling: %.2f (target at least 0.33)%n", incoming / ceiling);
		}
	}

}

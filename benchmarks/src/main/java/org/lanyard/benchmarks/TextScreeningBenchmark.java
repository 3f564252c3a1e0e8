package org.lanyard.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.ahocorasick.trie.Trie;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.SchoolContext;
import org.lanyard.screening.engine.ScreeningRequest;
import org.lanyard.screening.engine.ScreeningResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The screening engine's text pipeline on one thread, over about 1 MB of school prose, for a school with a 2,000-person
 * roster and a 5,000-term lexicon; next to a bare Aho–Corasick pass over the same text with the same terms (the
 * ceiling: matching and nothing else). Throughput in passes per second: multiply by {@link #textMegabytes} for MB/s
 * (the {@code BenchmarkReport} main does it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
// three forks: on a shared virtual machine one JVM's figure can be a third off another's, so average three
@Fork(value = 3, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Threads(1)
public class TextScreeningBenchmark {

	/** About 1 MB of UTF-8 text. */
	public static final int TEXT_BYTES = 1 << 20;

	SchoolContext school;

	String text;

	Trie ceiling;

	List<String> comments;

	int next;

	public static double textMegabytes;

	@Setup(Level.Trial)
	public void prepare() {
		school = SchoolFixture.school();
		text = SchoolFixture.prose(TEXT_BYTES);
		textMegabytes = text.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);
		ceiling = Trie.builder().ignoreCase().onlyWholeWords().addKeywords(SchoolFixture.keywords()).build();
		comments = SchoolFixture.comments();
	}

	@Benchmark
	public ScreeningResult engineIncomingText() {
		return school.screen(ScreeningRequest.incoming(text));
	}

	@Benchmark
	public ScreeningResult engineOutgoingText() {
		return school.screen(ScreeningRequest.outgoing(Purpose.SOCIAL_MEDIA, text));
	}

	@Benchmark
	public Object bareAhoCorasick() {
		return ceiling.parseText(text);
	}

	/** One 300-character comment per operation: the shape of the HTTP load test. */
	@Benchmark
	@OutputTimeUnit(TimeUnit.SECONDS)
	public ScreeningResult engineComment() {
		String comment = comments.get(next++ % comments.size());
		return school.screen(ScreeningRequest.incoming(comment));
	}

}

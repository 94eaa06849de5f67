package ru.nastavnik;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The peak memory of this JVM over a stretch of work, for the benchmarks: the sum of the heap pools' peaks and, on
 * Linux, the process's peak resident set, which also counts what native libraries allocate outside the heap.
 */
public final class MemoryPeak {

	private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

	private static final Path STATUS = Path.of("/proc/self/status");

	private static final long MIB = 1024 * 1024;

	private MemoryPeak() {
	}

	/** Collects garbage and starts measuring from here. */
	public static MemoryPeak start() throws IOException {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		if (Files.isWritable(CLEAR_REFS)) {
			Files.writeString(CLEAR_REFS, "5");
		}
		return new MemoryPeak();
	}

	/** @return the heap pools' peaks since the start, summed, in MiB (an upper bound of the heap's peak) */
	public long heapMiB() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum() / MIB;
	}

	/** @return the process's peak resident set since the start ({@code VmHWM}), in MiB; Linux only */
	public long residentMiB() throws IOException {
		List<String> status = Files.readAllLines(STATUS);
		String line = status.stream()
			.filter(entry -> entry.startsWith("VmHWM:"))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No VmHWM in " + STATUS));
		return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
	}
}

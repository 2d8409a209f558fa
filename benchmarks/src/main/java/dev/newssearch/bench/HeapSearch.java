package dev.newssearch.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds the smallest heap ({@code -Xmx}) that serves an index without errors: a binary search over
 * candidate sizes, each step a fresh server process that must start and answer the whole query
 * set at concurrency 2 with no error.
 */
public final class HeapSearch {
  /** The heap sizes tried by default, in MiB. */
  static final List<Integer> CANDIDATES_MB = List.of(16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024);

  private HeapSearch() {}

  /**
   * @param candidates heap sizes in MiB, ascending
   * @return the smallest heap in MiB that served, or {@code null} when even the largest failed
   */
  public static Integer smallest(Path launcher, Path index, List<BenchQuery> queries, List<Integer> candidates, Consumer<String> status) {
    int low = 0;
    int high = candidates.size() - 1;
    Integer best = null;
    while (low <= high) {
      int middle = (low + high) / 2;
      int heap = candidates.get(middle);
      status.accept("smallest heap: trying -Xmx" + heap + "m");
      if (serves(launcher, index, queries, heap)) {
        best = heap;
        high = middle - 1;
      } else {
        low = middle + 1;
      }
    }
    return best;
  }

  private static boolean serves(Path launcher, Path index, List<BenchQuery> queries, int heapMb) {
    try (ServerProcess server = ServerProcess.start(launcher, index, "-Xmx" + heapMb + "m", queries.get(0))) {
      return QueryLoad.once(queries, server::query, 2) == 0 && server.alive();
    } catch (Exception e) {
      return false;
    }
  }
}

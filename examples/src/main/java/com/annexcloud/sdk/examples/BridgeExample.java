package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.core.SdkException;
import com.annexcloud.sdk.gorgias.GorgiasEndpointNotFoundException;
import com.annexcloud.sdk.gorgias.GorgiasUnauthorizedException;
import com.annexcloud.sdk.loyalty.AnnexCloudEndpointNotFoundException;
import com.annexcloud.sdk.loyalty.AnnexCloudUnauthorizedException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The example app: {@code java -jar bridge-example.jar <command>}; {@code --help} after any command prints
 * its usage. Commands: {@code demo}, {@code serve}, {@code lookup}, {@code sync gorgias-to-annex},
 * {@code sync annex-to-gorgias}, {@code install}, {@code uninstall}.
 *
 * <p>Exit codes: 0 done; 1 done with failed items (syncs) or an upstream failure ({@code lookup}); 2 usage or
 * configuration error (a missing setting, an unknown flag, credentials a vendor refuses, a base URL that
 * answers a 404 page instead of the API); 3 could not run (a sync stopped before its items, a port that cannot
 * be bound, an Annex Cloud that {@code serve} cannot reach at startup). A sync stopped by
 * SIGINT or SIGTERM prints its summary with {@code "interrupted":true} and ends as signals do (130, 143).
 */
@Command(name = "java -jar bridge-example.jar",
        description = "The Annex Cloud loyalty card in Gorgias: a widget server, a lookup and both syncs.",
        footer = {"",
                "Settings (environment); each command reads only the ones it uses:",
                "  ANNEXCLOUD_BASE_URL, ANNEXCLOUD_SITE_ID, ANNEXCLOUD_SECRET,",
                "  GORGIAS_BASE_URL, GORGIAS_EMAIL, GORGIAS_API_KEY, GORGIAS_RATE_LIMIT,",
                "  BRIDGE_TOKEN, BRIDGE_CHECKPOINT_DIR. 'demo' prints them for its sandbox.",
                "Exit codes: 0 done, 1 failed items or upstream failure,",
                "  2 usage or configuration, 3 could not run."})
public final class BridgeExample implements Runnable {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int COULD_NOT_RUN = 3;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this command's usage.")
    private boolean help;

    private BridgeExample() {
    }

    /** Runs a command and exits with its code. */
    public static void main(String[] args) {
        // Small responses go out at once instead of waiting ~40 ms for a delayed ACK (docs/performance.md).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        System.exit(run(List.of(args), System.getenv(), System.out, System.err));
    }

    /** Runs a command; returns the exit code. Server commands return once the server is stopped. */
    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        ExampleConfig config = new ExampleConfig(env);
        CommandLine cli = new CommandLine(new BridgeExample())
                .addSubcommand(new DemoCommand(out, err))
                .addSubcommand(new ServeCommand(config, out, err))
                .addSubcommand(new LookupCommand(config, out, err))
                .addSubcommand(SyncCommand.commandLine(config, out, err))
                .addSubcommand(new SetupCommand.Install(config, out))
                .addSubcommand(new SetupCommand.Uninstall(config, out));
        cli.setOut(writer(out)).setErr(writer(err))
                .setParameterExceptionHandler(BridgeExample::badUsage)
                .setExecutionExceptionHandler((e, command, parsed) -> failed(e, command, config));
        return cli.execute(args.toArray(String[]::new));
    }

    /** Without a command: a usage error pointing at {@code --help}. */
    @Override
    public void run() {
        throw new UsageException("a command is required");
    }

    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + message(e, command));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.print("usage: " + command.getHelp().synopsis(0));
        err.println("see '" + qualifiedName(command) + " --help'");
        err.flush();
        return USAGE;
    }

    /** Picocli's message, in plainer words for an unknown command or flag. */
    private static String message(CommandLine.ParameterException e, CommandLine command) {
        if (e instanceof CommandLine.UnmatchedArgumentException
                && !((CommandLine.UnmatchedArgumentException) e).getUnmatched().isEmpty()) {
            String first = ((CommandLine.UnmatchedArgumentException) e).getUnmatched().get(0);
            String what = first.startsWith("-") ? "unknown option"
                    : command.getSubcommands().isEmpty() ? "unexpected argument" : "unknown command";
            return what + " '" + first + "'";
        }
        return e.getMessage();
    }

    private static int failed(Exception e, CommandLine command, ExampleConfig config) throws Exception {
        PrintWriter err = command.getErr();
        int code;
        if (e instanceof UsageException) {
            err.println("error: " + e.getMessage());
            err.println("see '" + qualifiedName(command) + " --help'");
            code = USAGE;
        } else if (e instanceof AnnexCloudEndpointNotFoundException || e instanceof GorgiasEndpointNotFoundException) {
            String setting = e instanceof AnnexCloudEndpointNotFoundException ? "ANNEXCLOUD_BASE_URL" : "GORGIAS_BASE_URL";
            err.println("configuration error: " + e.getMessage());
            err.println("check " + setting + " (" + config.shown(setting) + ")");
            code = USAGE;
        } else if (e instanceof AnnexCloudUnauthorizedException || e instanceof GorgiasUnauthorizedException) {
            err.println("configuration error: " + e.getMessage());
            err.println(e instanceof AnnexCloudUnauthorizedException ? "check ANNEXCLOUD_SITE_ID and ANNEXCLOUD_SECRET"
                    : "check GORGIAS_EMAIL and GORGIAS_API_KEY");
            code = USAGE;
        } else if (e instanceof SdkException) {
            err.println("upstream failure: " + e.getMessage());
            code = FAILED;
        } else if (e instanceof CouldNotRunException) {
            err.println("could not run: " + e.getMessage());
            code = COULD_NOT_RUN;
        } else {
            throw e; // a bug: the trace is what a report needs
        }
        err.flush();
        return code;
    }

    private static String qualifiedName(CommandLine command) {
        return command.getCommandSpec().qualifiedName();
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, Charset.defaultCharset()), true);
    }
}

package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.LoyaltyBridge;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The card options of the commands that build cards ({@code serve}, {@code lookup}, {@code demo}): {@code --activity
 * N} and {@code --redemptions N} list the member's newest history entries and redemptions with their reward codes
 * (0 to 20), {@code --rewards} (or {@code --no-rewards}) the rewards the member can redeem now. Each command says
 * what it does when an option is not given ({@link Defaults}).
 */
final class CardOptions {
    /** The most lines a card lists, as {@link LoyaltyBridge.Builder} allows. */
    private static final int MAX_LINES = 20;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private Optional<Integer> activity = Optional.empty();
    private Optional<Boolean> rewards = Optional.empty();
    private Optional<Integer> redemptions = Optional.empty();

    /**
     * What a card lists when an option is not given.
     *
     * @param activity    history entries listed
     * @param rewards     whether the redeemable rewards are listed
     * @param redemptions redemptions listed
     */
    record Defaults(int activity, boolean rewards, int redemptions) {
        /** Cards as the bridge builds them by default: no lists. */
        static final Defaults NONE = new Defaults(0, false, 0);
        /** The demo's: every list, with room for the sample members' history. */
        static final Defaults DEMO = new Defaults(5, true, 3);
    }

    @Option(names = "--activity", paramLabel = "<lines>",
            description = "List the member's newest <lines> history entries on the card (0 to 20; default: none, demo: 5).")
    private void activity(int lines) {
        this.activity = Optional.of(lines("--activity", lines));
    }

    @Option(names = "--rewards", negatable = true, fallbackValue = "true",
            description = "List the rewards the member can redeem now (default: off, demo: on).")
    private void rewards(boolean on) {
        this.rewards = Optional.of(on);
    }

    @Option(names = "--redemptions", paramLabel = "<lines>",
            description = "List the member's newest <lines> redemptions with their reward codes (0 to 20; default: none, demo: 3).")
    private void redemptions(int lines) {
        this.redemptions = Optional.of(lines("--redemptions", lines));
    }

    private int lines(String option, int lines) {
        if (lines < 0 || lines > MAX_LINES) {
            throw new ParameterException(spec.commandLine(),
                    option + " must be a number from 0 to " + MAX_LINES + ", was " + lines);
        }
        return lines;
    }

    /** The bridge builder with the card lists these options, or else {@code defaults}, ask for. */
    LoyaltyBridge.Builder applyTo(LoyaltyBridge.Builder bridge, Defaults defaults) {
        return bridge.recentActivity(activity.orElse(defaults.activity()))
                .eligibleRewards(rewards.orElse(defaults.rewards()))
                .redemptions(redemptions.orElse(defaults.redemptions()));
    }
}

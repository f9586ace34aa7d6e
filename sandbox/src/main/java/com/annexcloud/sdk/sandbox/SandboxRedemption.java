package com.annexcloud.sdk.sandbox;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import org.immutables.value.Value;

/**
 * A reward a {@link SandboxMember} redeemed before the sandbox started: seeded into the member's history as a
 * redemption of the catalogue reward {@link #rewardId()} at {@link #date()}, with a code issued the way a
 * {@code POST /points} redemption issues one, so {@code /activity} and {@code /usedreward} list it. It moves
 * no points: the member's figures are as the fixture gives them. In a fixture: {@code {"rewardId": "111",
 * "date": "2025-12-01T10:00:00-0700"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSandboxRedemption.class)
@JsonDeserialize(as = ImmutableSandboxRedemption.class)
public abstract class SandboxRedemption {
    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link SandboxRedemption}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableSandboxRedemption.Builder {
    }

    /** The catalogue reward redeemed ({@code 111} to {@code 114}, see docs/sandbox.md). */
    public abstract String rewardId();

    /** When it was redeemed. */
    public abstract OffsetDateTime date();
}

package com.annexcloud.sdk.bridge;

/**
 * A redemption named a reward the member cannot redeem now (unknown, or not enough points). Nothing
 * was debited. The widget endpoint answers it with 409.
 */
public class RewardNotEligibleException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String rewardId;

    /** Creates the exception for the reward. */
    public RewardNotEligibleException(String rewardId) {
        super("reward " + rewardId + " is not available to this member");
        this.rewardId = rewardId;
    }

    /** The reward that was refused. */
    public String rewardId() {
        return rewardId;
    }
}

package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.bridge.model.GoodwillAward;
import com.annexcloud.sdk.bridge.model.GoodwillResult;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.NewTicket;
import com.annexcloud.sdk.bridge.model.Redemption;
import com.annexcloud.sdk.bridge.model.RewardRedemption;
import com.annexcloud.sdk.bridge.model.RoutingOutcome;
import com.annexcloud.sdk.bridge.model.TicketCustomer;
import com.annexcloud.sdk.bridge.model.TicketRouting;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** A bridge whose lookups and routings answer what the test says, recording who was looked up and routed. */
final class FakeBridge implements LoyaltyBridge {
    private final Function<TicketCustomer, CompletableFuture<LoyaltyCard>> answer;
    private final Function<NewTicket, CompletableFuture<RoutingOutcome>> routing;
    final List<TicketCustomer> lookups = new ArrayList<>();
    final List<NewTicket> routed = new ArrayList<>();

    FakeBridge(Function<TicketCustomer, CompletableFuture<LoyaltyCard>> answer) {
        this(answer, ticket -> {
            throw new UnsupportedOperationException();
        });
    }

    FakeBridge(Function<TicketCustomer, CompletableFuture<LoyaltyCard>> answer,
               Function<NewTicket, CompletableFuture<RoutingOutcome>> routing) {
        this.answer = answer;
        this.routing = routing;
    }

    @Override
    public LoyaltyCard lookup(TicketCustomer customer) {
        return lookupAsync(customer).join();
    }

    @Override
    public synchronized CompletableFuture<LoyaltyCard> lookupAsync(TicketCustomer customer) {
        lookups.add(customer);
        return answer.apply(customer);
    }

    @Override
    public synchronized CompletableFuture<RoutingOutcome> routeTicketAsync(NewTicket ticket, TicketRouting routing) {
        routed.add(ticket);
        return this.routing.apply(ticket);
    }

    @Override
    public void invalidate(String email) {
        throw new UnsupportedOperationException();
    }

    @Override
    public GoodwillResult awardGoodwill(GoodwillAward award) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Redemption redeemReward(RewardRedemption redemption) {
        throw new UnsupportedOperationException();
    }
}

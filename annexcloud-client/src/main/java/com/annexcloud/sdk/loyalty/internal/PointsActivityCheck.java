package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.core.internal.LenientValues;
import com.annexcloud.sdk.core.internal.ResendCheck;
import com.annexcloud.sdk.loyalty.model.ActivityEntry;
import com.annexcloud.sdk.loyalty.model.PointsResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link ResendCheck} of a points write: before a write whose answer was lost is sent again, looks for
 * it in the member's newest activity, so that it is never applied twice even by a server that does not
 * deduplicate {@code customId}. A matching entry stands for the lost answer as
 * {@link PointsResult#alreadyApplied()}.
 *
 * <p>No public source shows activity echoing {@code customId} or {@code orderId}, so an entry matches on
 * what the activity does show (SAP connector beans, API portal): the same {@code activity}, and every
 * field the write sent that the entry also shows ({@code credit}/{@code debit} amount, {@code actionId},
 * {@code rewardId}, and {@code customId}/{@code orderId} should a site echo them) is equal, at least one of
 * them. Entries made before the write (less {@link #CLOCK_SKEW}) end the search. When the search cannot
 * finish (an error, or {@link #MAX_PAGES} pages of newer entries) the write is not sent again.
 */
final class PointsActivityCheck implements ResendCheck {
    /** How far before the first attempt an entry may be dated and still be the write (server clock skew). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(15);
    /** The most pages of newer entries searched before giving up as "cannot tell". */
    static final int MAX_PAGES = 3;

    private static final List<String> AMOUNTS = List.of("credit", "debit");
    private static final List<String> IDS = List.of("actionId", "rewardId", "customId", "orderId");
    private static final TransportResponse APPLIED = new TransportResponse(200,
            Map.of("Content-Type", List.of("application/json")),
            Json.write(PointsResult.builder().alreadyApplied(true).build()));

    private final ActivityResource activity;
    private final String memberId;
    private final JsonNode sent;
    private final Instant earliest;

    /**
     * @param body   the exact bytes of the write
     * @param sentAt when the write was first sent
     */
    PointsActivityCheck(ActivityResource activity, String memberId, byte[] body, Instant sentAt) {
        this.activity = activity;
        this.memberId = memberId;
        try {
            this.sent = Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("a points write is always JSON", e);
        }
        this.earliest = sentAt.minus(CLOCK_SKEW);
    }

    @Override
    public CompletableFuture<Optional<TransportResponse>> settled() {
        return search(1);
    }

    private CompletableFuture<Optional<TransportResponse>> search(int page) {
        return activity.pageAsync(memberId, page).thenCompose(found -> {
            for (ActivityEntry entry : found.entries()) {
                if (entry.createDate().filter(date -> date.toInstant().isBefore(earliest)).isPresent()) {
                    return CompletableFuture.completedFuture(Optional.<TransportResponse>empty());
                }
                if (matches(entry)) {
                    return CompletableFuture.completedFuture(Optional.of(APPLIED));
                }
            }
            boolean lastPage = found.entries().isEmpty() || found.pages().filter(count -> page >= count).isPresent();
            if (lastPage) {
                return CompletableFuture.completedFuture(Optional.<TransportResponse>empty());
            }
            if (page >= MAX_PAGES) {
                return CompletableFuture.<Optional<TransportResponse>>failedFuture(new IllegalStateException(
                        "the write's time is not reached within " + MAX_PAGES + " activity pages"));
            }
            return search(page + 1);
        });
    }

    /** Whether the entry is this write: the same activity, no shown field differing, one at least agreeing. */
    private boolean matches(ActivityEntry entry) {
        if (!entry.activity().filter(text(sent, "activity")::equalsIgnoreCase).isPresent()) {
            return false;
        }
        JsonNode shown = Json.mapper().valueToTree(entry);
        int agreeing = 0;
        for (String field : AMOUNTS) {
            Optional<BigDecimal> wrote = decimal(sent, field);
            Optional<BigDecimal> seen = decimal(shown, field);
            if (wrote.isPresent() && seen.isPresent()) {
                if (wrote.get().compareTo(seen.get()) != 0) {
                    return false;
                }
                agreeing++;
            }
        }
        for (String field : IDS) {
            String wrote = text(sent, field);
            String seen = text(shown, field);
            if (!wrote.isEmpty() && !seen.isEmpty()) {
                if (!wrote.equals(seen)) {
                    return false;
                }
                agreeing++;
            }
        }
        return agreeing > 0;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText("").trim() : "";
    }

    private static Optional<BigDecimal> decimal(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return value.isEmpty() ? Optional.empty() : Optional.of(LenientValues.parseDecimal(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

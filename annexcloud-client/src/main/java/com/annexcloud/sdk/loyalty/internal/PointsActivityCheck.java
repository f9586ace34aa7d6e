package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.internal.Futures;
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
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The {@link ResendCheck} of a points write: before a write whose answer was lost is sent again, looks for
 * it in the member's activity, so that it is never applied twice even by a server that does not deduplicate
 * {@code customId}, and never reported applied when another transaction is what the activity shows.
 *
 * <p>No public source shows activity echoing {@code customId} or {@code orderId}. Should an entry echo the
 * write's {@code customId} it is the write whatever its date; an entry echoing another one is not. Otherwise
 * an entry resembles the write when it has the same {@code activity} and every field the write sent that the
 * entry also shows ({@code credit}/{@code debit} amount, {@code actionId}, {@code rewardId}, {@code orderId})
 * is equal, at least one of them. A resembling entry dated at or after the first attempt is the write; one
 * dated within {@link #CLOCK_SKEW} before it, or not dated, may be the write or another transaction, so the
 * outcome cannot be told ({@link ResendCheck.Undecided}); one dated earlier is another transaction.
 *
 * <p>Each page is read whole, in no assumed order. No source states the order of the pages, so the search
 * ends early only after a page whose own dates run newest first and reach before the write (the later pages
 * are taken to continue that order); otherwise it goes on to the last page, and when that is more than
 * {@link #MAX_PAGES} away the outcome cannot be told. In no undecided case is the write sent again.
 */
final class PointsActivityCheck implements ResendCheck {
    /** How far before the first attempt a resembling entry may be dated and be the write (server clock skew). */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
    /** The most pages searched before giving up as "cannot tell". */
    static final int MAX_PAGES = 3;

    private static final List<String> AMOUNTS = List.of("credit", "debit");
    private static final List<String> IDS = List.of("actionId", "rewardId", "orderId");
    private static final String CUSTOM_ID = "customId";
    private static final TransportResponse APPLIED = new TransportResponse(200,
            Map.of("Content-Type", List.of("application/json")),
            Json.write(PointsResult.builder().alreadyApplied(true).build()));

    /** What an entry tells about the write. */
    private enum Verdict { OTHER, UNDECIDED, APPLIED }

    private final ActivityResource activity;
    private final String memberId;
    private final JsonNode sent;
    private final Instant sentAt;

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
        this.sentAt = sentAt;
    }

    @Override
    public CompletableFuture<Optional<TransportResponse>> settled(Instant deadline) {
        return search(1, deadline);
    }

    private CompletableFuture<Optional<TransportResponse>> search(int page, Instant deadline) {
        return Futures.flatMap(activity.page(memberId, page, deadline), found -> {
            Verdict verdict = found.entries().stream().map(this::verdict).max(Comparator.naturalOrder())
                    .orElse(Verdict.OTHER);
            if (verdict == Verdict.APPLIED) {
                return CompletableFuture.completedFuture(Optional.of(APPLIED));
            }
            if (verdict == Verdict.UNDECIDED) {
                return CompletableFuture.<Optional<TransportResponse>>failedFuture(new Undecided(
                        "an activity entry like the write is dated too close to it, or not dated"));
            }
            boolean lastPage = found.entries().isEmpty() || found.pages().filter(count -> page >= count).isPresent();
            if (lastPage || reachesBeforeTheWrite(found.entries())) {
                return CompletableFuture.completedFuture(Optional.<TransportResponse>empty());
            }
            if (page >= MAX_PAGES) {
                return CompletableFuture.<Optional<TransportResponse>>failedFuture(new Undecided(
                        "the write's time is not reached within " + MAX_PAGES + " activity pages"));
            }
            return search(page + 1, deadline);
        });
    }

    /** Whether the page's dates run newest first (falling at least once, never rising) to before the window. */
    private boolean reachesBeforeTheWrite(List<ActivityEntry> entries) {
        List<Instant> dates = entries.stream().flatMap(entry -> entry.createDate().stream())
                .map(OffsetDateTime::toInstant).collect(Collectors.toList());
        for (int i = 1; i < dates.size(); i++) {
            if (dates.get(i).isAfter(dates.get(i - 1))) {
                return false;
            }
        }
        return dates.size() > 1 && dates.get(0).isAfter(dates.get(dates.size() - 1))
                && dates.get(dates.size() - 1).isBefore(sentAt.minus(CLOCK_SKEW));
    }

    private Verdict verdict(ActivityEntry entry) {
        JsonNode shown = Json.mapper().valueToTree(entry);
        String wroteCustomId = text(sent, CUSTOM_ID);
        String seenCustomId = text(shown, CUSTOM_ID);
        if (!wroteCustomId.isEmpty() && !seenCustomId.isEmpty()) {
            return wroteCustomId.equals(seenCustomId) ? Verdict.APPLIED : Verdict.OTHER;
        }
        if (!resembles(entry, shown)) {
            return Verdict.OTHER;
        }
        Optional<Instant> date = entry.createDate().map(OffsetDateTime::toInstant);
        if (date.isEmpty()) {
            return Verdict.UNDECIDED;
        }
        if (!date.get().isBefore(sentAt)) {
            return Verdict.APPLIED;
        }
        return date.get().isBefore(sentAt.minus(CLOCK_SKEW)) ? Verdict.OTHER : Verdict.UNDECIDED;
    }

    /** The same activity, no shown field differing from the write, one at least agreeing. */
    private boolean resembles(ActivityEntry entry, JsonNode shown) {
        if (!entry.activity().filter(text(sent, "activity")::equalsIgnoreCase).isPresent()) {
            return false;
        }
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

package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.core.RequestDescription;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.GorgiasCustomerMergedException;
import com.annexcloud.sdk.gorgias.model.Channel;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes a member's card into a Gorgias customer's data, keeping the data's other keys. When Gorgias
 * says the customer was merged into another (301), the card goes to the surviving customer instead, read
 * afresh, so nothing the survivor holds is overwritten with the merged customer's copy, and only when
 * that survivor carries the member's email (as its email or one of its channels, compared as
 * {@link EmailAddress#key}): the member's own customer merged away leaves its email among the survivor's
 * channels, so a survivor without it is another person, and the card is not written there. A chain of merges is followed a
 * few hops; a merge without a named survivor, a redirect to the customer itself, a survivor without the
 * email, or a longer chain fails with a {@link GorgiasCustomerMergedException}.
 */
final class LoyaltyDataWriter {
    /** Merges followed before giving up: more means customers are being merged while we write. */
    private static final int MAX_MERGE_HOPS = 3;

    private final GorgiasClient gorgias;

    LoyaltyDataWriter(GorgiasClient gorgias) {
        this.gorgias = gorgias;
    }

    /**
     * Writes {@code card} into {@code customer}'s data (as just read); returns the customer written to
     * (the survivor after a merge), holding only its id and the data now stored.
     */
    Customer write(Customer customer, LoyaltyCard card) {
        return write(customer.id(), customer.data(), false, card);
    }

    /** Like {@link #write(Customer, LoyaltyCard)} for a customer known only by id: its data is read first. */
    Customer readAndWrite(long id, LoyaltyCard card) {
        return write(id, Optional.empty(), true, card);
    }

    private Customer write(long customerId, Optional<JsonNode> known, boolean read, LoyaltyCard card) {
        long id = customerId;
        Optional<JsonNode> data = known;
        GorgiasCustomerMergedException merge = null;
        for (int hop = 0; ; hop++) {
            try {
                if (read || merge != null) {
                    Customer current = gorgias.customers().get(id);
                    if (merge != null && !carries(current, card.email())) {
                        break;
                    }
                    data = current.data();
                }
                JsonNode merged = LoyaltyData.merge(data, card);
                gorgias.customers().setData(id, merged);
                return Customer.builder().id(id).data(merged).build();
            } catch (GorgiasCustomerMergedException redirect) {
                if (hop == MAX_MERGE_HOPS || redirect.survivingCustomerId().isEmpty()) {
                    throw redirect;
                }
                if (redirect.survivingCustomerId().get() == id) {
                    throw refused(redirect, "redirects to itself");
                }
                id = redirect.survivingCustomerId().get();
                merge = redirect;
            }
        }
        throw refused(merge, "was merged into customer " + id + ", which does not carry the member's email");
    }

    /** Whether the customer's email or one of its channels is {@code email}, as {@link EmailAddress#key} compares. */
    private static boolean carries(Customer customer, String email) {
        String key = EmailAddress.key(email);
        return Stream.concat(customer.email().stream(),
                        customer.channels().stream().map(Channel::address).flatMap(Optional::stream))
                .anyMatch(address -> EmailAddress.key(address).equals(key));
    }

    /** The merge refused: the card is not written where the redirect points. */
    private static GorgiasCustomerMergedException refused(GorgiasCustomerMergedException merge, String why) {
        RequestDescription request = merge.method().isPresent() && merge.path().isPresent()
                ? new RequestDescription(merge.method().get(), merge.path().get()) : null;
        return new GorgiasCustomerMergedException("Gorgias: customer " + merge.mergedCustomerId().map(String::valueOf)
                .orElse("(unknown)") + " " + why + "; the card was not written", request, 301,
                merge.mergedCustomerId().orElse(null), merge.survivingCustomerId().orElse(null));
    }
}

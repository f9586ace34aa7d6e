package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.GorgiasCustomerMergedException;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Writes a member's card into a Gorgias customer's data, keeping the data's other keys. When Gorgias
 * says the customer was merged into another (301), the card goes to the surviving customer instead,
 * merged into that customer's own data as read afresh, so nothing the survivor holds is overwritten
 * with the merged customer's copy. A chain of merges is followed a few hops; a merge without a named
 * survivor, or a longer chain, fails with the client's {@link GorgiasCustomerMergedException}.
 */
final class LoyaltyDataWriter {
    /** Merges followed before giving up: more means customers are being merged while we write. */
    private static final int MAX_MERGE_HOPS = 3;

    private final GorgiasClient gorgias;

    LoyaltyDataWriter(GorgiasClient gorgias) {
        this.gorgias = gorgias;
    }

    /**
     * Writes {@code card} into {@code customer}'s data (as last read); returns the customer written to
     * (the survivor after a merge), holding only its id and the data now stored.
     */
    Customer write(Customer customer, LoyaltyCard card) {
        long id = customer.id();
        Optional<JsonNode> data = customer.data();
        for (int hop = 0; ; hop++) {
            try {
                if (hop > 0) {
                    data = gorgias.customers().get(id).data();
                }
                JsonNode merged = LoyaltyData.merge(data, card);
                gorgias.customers().setData(id, merged);
                return Customer.builder().id(id).data(merged).build();
            } catch (GorgiasCustomerMergedException merged) {
                if (hop == MAX_MERGE_HOPS || merged.survivingCustomerId().isEmpty()) {
                    throw merged;
                }
                id = merged.survivingCustomerId().get();
            }
        }
    }
}

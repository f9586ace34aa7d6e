package com.annexcloud.sdk.sandbox;

import com.annexcloud.sdk.core.Secret;
import java.net.URI;
import java.util.Optional;

/**
 * The Annex Cloud Loyalty V3 emulator of a {@link Sandbox}: users, points (all five shapes), balances,
 * tiers, activity and rewards, behind the vendor's JWT/HMAC authentication.
 */
public interface AnnexCloudEmulator {
    /** The base URI to give a client, {@code http://127.0.0.1:PORT/api/3.0}. */
    URI baseUri();

    /** The site id every request must name in {@code X-AnnexCloud-Site} and the JWT's {@code site_id}. */
    String siteId();

    /** The signing secret of the site. */
    Secret secret();

    /** The member's current state (ids are matched without regard to case). */
    Optional<SandboxMember> member(String id);

    /** Adds or replaces a member directly, bypassing the API. */
    void putMember(SandboxMember member);

    /** How many members exist. */
    int memberCount();

    /**
     * Wraps every user answered by {@code GET /users/{id}} in {@code {"Data": {…}}}, as some deployments
     * do (a member can also ask for it with {@link SandboxMember#wrapInData()}).
     */
    void wrapUsersInData(boolean wrap);

    /** Fault and latency injection for this emulator. */
    Faults faults();

    /** The requests this emulator received. */
    RequestCounter requests();
}

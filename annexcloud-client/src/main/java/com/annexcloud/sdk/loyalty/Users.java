package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.loyalty.model.AnnexUser;
import com.annexcloud.sdk.loyalty.model.CreateUser;
import com.annexcloud.sdk.loyalty.model.UpdateUser;

/**
 * Loyalty members: {@code /users}. Every id goes into the URL as one percent-encoded path segment; a
 * blank id or one with control characters is refused with an {@link IllegalArgumentException}.
 * The same operations without blocking are on {@link UsersAsync} ({@code client.async().users()}).
 */
public interface Users {

    /**
     * Reads a member ({@code GET /users/{id}}); flat and {@code {"Data": {…}}}-wrapped answers are both read.
     *
     * @throws AnnexCloudNotFoundException when there is no such member
     */
    AnnexUser get(String id);

    /**
     * Creates and opts in a member ({@code POST /users}). Not retried: a repeated create would answer AC1006.
     *
     * @throws AnnexCloudConflictException when the id is taken (AC1006)
     */
    AnnexUser create(CreateUser request);

    /**
     * Changes the given fields of a member ({@code PATCH /users/{id}}, the body naming the member in
     * {@code id} too); absent fields are left as they are.
     */
    AnnexUser update(String id, UpdateUser request);

    /** Opts an existing member in ({@code PATCH /users/{id}} with {@code {"id": id, "optInStatus": "YES"}}). */
    AnnexUser optIn(String id);

    /** Opts a member out ({@code PATCH /users/{id}} with {@code {"id": id, "optInStatus": "NO"}}). */
    AnnexUser optOut(String id);
}

package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.loyalty.Users;
import com.annexcloud.sdk.loyalty.UsersAsync;
import com.annexcloud.sdk.loyalty.model.AnnexUser;
import com.annexcloud.sdk.loyalty.model.CreateUser;
import com.annexcloud.sdk.loyalty.model.UpdateUser;

/** The blocking {@link Users}: each operation of {@link UsersAsync}, run on a blocking exchange and awaited. */
record BlockingUsers(UsersAsync ops) implements Users {

    @Override
    public AnnexUser get(String id) {
        return Futures.await(ops.get(id));
    }

    @Override
    public AnnexUser create(CreateUser request) {
        return Futures.await(ops.create(request));
    }

    @Override
    public AnnexUser update(String id, UpdateUser request) {
        return Futures.await(ops.update(id, request));
    }

    @Override
    public AnnexUser optIn(String id) {
        return Futures.await(ops.optIn(id));
    }

    @Override
    public AnnexUser optOut(String id) {
        return Futures.await(ops.optOut(id));
    }
}

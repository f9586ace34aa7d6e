package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.loyalty.Activity;
import com.annexcloud.sdk.loyalty.model.ActivityEntry;
import java.util.List;

/** The blocking {@link Activity}: the resource's pages, and its newest page awaited. */
record BlockingActivity(ActivityResource ops) implements Activity {

    @Override
    public PagedIterable<ActivityEntry> list(String memberId) {
        return ops.list(memberId);
    }

    @Override
    public List<ActivityEntry> recent(String memberId) {
        return Futures.await(ops.recent(memberId));
    }
}

package com.annexcloud.sdk.core.internal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** A model with a required id, a list of nested models and a map, for error-path tests. */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableRequiredModel.class)
@JsonDeserialize(as = ImmutableRequiredModel.class)
interface RequiredModel {
    String id();

    List<SampleModel> items();

    Map<String, Long> counters();
}

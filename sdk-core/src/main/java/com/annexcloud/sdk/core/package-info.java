/**
 * The shared runtime of the Annex Cloud and Gorgias clients: configuration ({@link
 * com.annexcloud.sdk.core.ClientOptions}, {@link com.annexcloud.sdk.core.RetryPolicy}, {@link
 * com.annexcloud.sdk.core.Timeouts}), credentials ({@link com.annexcloud.sdk.core.Secret}), the exception
 * root ({@link com.annexcloud.sdk.core.SdkException}), the pluggable {@link
 * com.annexcloud.sdk.core.HttpTransport} and request events for metrics.
 */
@SdkStyle
package com.annexcloud.sdk.core;

import com.annexcloud.sdk.core.internal.SdkStyle;

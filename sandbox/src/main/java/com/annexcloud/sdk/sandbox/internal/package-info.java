/** The emulators' implementation: HTTP plumbing, vendor state and JSON rendering. Not public API. */
package com.annexcloud.sdk.sandbox.internal;

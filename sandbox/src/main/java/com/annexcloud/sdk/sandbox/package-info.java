/**
 * A stateful, in-process emulator of the Annex Cloud Loyalty V3 and Gorgias REST APIs for tests, demos
 * and partner teams' own test suites. Start one with {@link com.annexcloud.sdk.sandbox.Sandbox#start()}
 * or {@link com.annexcloud.sdk.sandbox.Sandbox#builder()}, or let {@link
 * com.annexcloud.sdk.sandbox.SandboxExtension} manage it in JUnit 5 tests. Both emulators check
 * credentials exactly as the vendors do, keep state across requests, and can inject faults and latency.
 */
@SdkStyle
package com.annexcloud.sdk.sandbox;

import com.annexcloud.sdk.core.internal.SdkStyle;

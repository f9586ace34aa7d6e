/**
 * A user's application as a named module: it reads only what the SDK's modules export, so it compiles
 * and runs only if their descriptors are right.
 */
module com.annexcloud.sdk.releasecheck {
    requires com.annexcloud.sdk.bridge;
    requires com.annexcloud.sdk.sandbox;
}

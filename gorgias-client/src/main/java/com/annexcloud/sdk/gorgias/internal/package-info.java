/** Implementation of the Gorgias client; not part of the public API and free to change. */
package com.annexcloud.sdk.gorgias.internal;

/** Test-only support shared by every module's tests (never published). */
package com.annexcloud.sdk.testsupport;

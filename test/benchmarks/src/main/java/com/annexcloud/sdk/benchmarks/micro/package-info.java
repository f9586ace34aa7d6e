/**
 * JMH micro-benchmarks of the SDK's hot CPU paths, each measured against a plain-library baseline of the same
 * bytes in the same run; {@link com.annexcloud.sdk.benchmarks.micro.MicroBenchmarks} runs them and prints the
 * ratios (docs/performance.md).
 */
package com.annexcloud.sdk.benchmarks.micro;

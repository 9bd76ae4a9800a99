/**
 * In-memory implementations of the platform services a loader sees ({@link
 * org.variatlas.api.LoadContext}, {@link org.variatlas.api.Geography}, {@link
 * org.variatlas.api.Population}, {@link org.variatlas.api.LoadSink}), for fast unit tests of a
 * plugin's loaders without the platform or a database. They are deliberately simple: a contract
 * test against the real platform (the test kit's harness) remains the final check.
 */
package org.variatlas.sdk.testing;

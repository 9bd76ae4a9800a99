/**
 * Base classes for a topic plugin's extensions: {@link org.variatlas.sdk.topic.Topic} (texts from
 * the plugin's bundle by convention) and {@link org.variatlas.sdk.topic.TopicLoader}. The SDK's
 * loaders ({@code CountFileLoader}, {@code SyntheticCountsLoader}, {@code ResultBoxLoader}, {@code
 * PublishedCsvLoader}) and fact sheet ({@code StandardFactSheet}) build on them; the archetype's
 * generated plugin uses them all.
 */
package org.variatlas.sdk.topic;

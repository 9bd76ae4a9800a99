package org.variatlas.app.sdk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code variatlas.dev.*}: dev mode for plugin developers.
 *
 * @param watch a directory of plugin jars (e.g. a plugin project's {@code target}) watched while
 *     the atlas runs: a changed jar is reloaded at run time and only its loaders run again. Empty
 *     (the default): off.
 */
@ConfigurationProperties("variatlas.dev")
public record DevProperties(@DefaultValue("") String watch) {}

package org.variatlas.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code variatlas.sessions} (README, "Configuration").
 *
 * @param readerTimeout the idle time after which an anonymous reader's session ends (an open tab
 *     keeps it with Vaadin's heartbeat; a page whose session ended reloads itself from its address)
 */
@ConfigurationProperties("variatlas.sessions")
public record ReaderSessionSettings(@DefaultValue("10m") Duration readerTimeout) {}

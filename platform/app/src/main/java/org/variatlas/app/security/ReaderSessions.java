package org.variatlas.app.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sessions of anonymous readers end after a short idle time ({@code
 * variatlas.sessions.reader-timeout}, 10 minutes) instead of the server's (an hour): on a day of
 * many readers the server keeps only those who are still reading. An open tab keeps its session
 * with Vaadin's heartbeat (every 5 minutes); a reader who comes back to an expired one gets the
 * same view rebuilt, because Vaadin reloads the page and its address carries the whole view (topic,
 * indicator, level, period, selection, language). Signing in gives the session the server's timeout
 * back.
 */
@Component
class ReaderSessions implements VaadinServiceInitListener {

  private static final Logger log = LoggerFactory.getLogger(ReaderSessions.class);

  private final int readerSeconds;
  private final int signedInSeconds;

  ReaderSessions(
      ReaderSessionSettings settings,
      @Value("${server.servlet.session.timeout:30m}") Duration signedIn) {
    this.readerSeconds = (int) settings.readerTimeout().toSeconds();
    this.signedInSeconds = (int) signedIn.toSeconds();
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addSessionInitListener(
            e -> {
              if (anonymous(SecurityContextHolder.getContext().getAuthentication())) {
                WrappedSession session = e.getSession().getSession();
                session.setMaxInactiveInterval(readerSeconds);
              }
            });
    log.info(
        "Anonymous reader sessions end after {} s idle, signed-in ones after {} s",
        readerSeconds,
        signedInSeconds);
  }

  /** A sign-in (form or OpenID Connect) keeps its session: give it the server's timeout. */
  @EventListener
  void signedIn(AuthenticationSuccessEvent event) {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      HttpSession session = request.getRequest().getSession(false);
      if (session != null) {
        session.setMaxInactiveInterval(signedInSeconds);
      }
    }
  }

  static boolean anonymous(Authentication authentication) {
    return authentication == null
        || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated();
  }
}

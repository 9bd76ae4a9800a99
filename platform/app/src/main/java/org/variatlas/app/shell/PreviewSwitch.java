package org.variatlas.app.shell;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether the current request previews staged plugin versions: {@code ?version=staged} on a page or
 * endpoint, or the switch a page turned on for the session (it stays on while an editor browses,
 * until {@code ?version=public} or the banner's button turns it off). Whether the person may
 * preview at all is the caller's question.
 */
public final class PreviewSwitch {

  /** The query parameter: {@code staged} or {@code public}. */
  public static final String PARAMETER = "version";

  private static final String ATTRIBUTE = PreviewSwitch.class.getName();

  private PreviewSwitch() {}

  /** Whether the current request previews staged versions. */
  public static boolean on() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes instanceof ServletRequestAttributes servlet) {
      HttpServletRequest request = servlet.getRequest();
      String asked = request.getParameter(PARAMETER);
      if ("staged".equals(asked) || "public".equals(asked)) {
        return "staged".equals(asked);
      }
      HttpSession session = request.getSession(false);
      return session != null && Boolean.TRUE.equals(session.getAttribute(ATTRIBUTE));
    }
    VaadinSession session = VaadinSession.getCurrent();
    return session != null && Boolean.TRUE.equals(session.getSession().getAttribute(ATTRIBUTE));
  }

  /** Turns the session's switch on or off (from a page). */
  private static void set(boolean on) {
    VaadinSession session = VaadinSession.getCurrent();
    if (session != null) {
      session.getSession().setAttribute(ATTRIBUTE, on);
    }
  }

  /** Follows a page address's {@code version} parameter, if it has one. */
  public static void follow(Map<String, List<String>> query) {
    List<String> asked = query.get(PARAMETER);
    if (asked != null && !asked.isEmpty()) {
      set("staged".equals(asked.get(0)));
    }
  }
}

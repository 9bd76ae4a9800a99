package org.variatlas.app.topics;

import org.springframework.security.core.Authentication;

/**
 * Who may see a draft topic (one whose plugin is installed but not published): the security feature
 * decides; this package only asks.
 */
public interface TopicAudience {

  /** Nobody sees drafts (plain Java uses of the registry, e.g. the test kit). */
  TopicAudience NOBODY =
      new TopicAudience() {
        @Override
        public Authentication current() {
          return null;
        }

        @Override
        public boolean maySeeDraft(Authentication viewer, InstalledTopic topic) {
          return false;
        }
      };

  /** The person of the current request, or null when nobody is signed in. */
  Authentication current();

  /** Whether {@code viewer} (null: an anonymous visitor) may see the draft topic. */
  boolean maySeeDraft(Authentication viewer, InstalledTopic topic);
}

package org.variatlas.app.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicAudience;

/**
 * Draft topics are for editors and administrators, and for the partner whose organisation owns the
 * topic's plugin; anonymous visitors and everyone else do not see them at all.
 */
@Component
class DraftAudience implements TopicAudience {

  private final OwnershipRepository owners;

  DraftAudience(OwnershipRepository owners) {
    this.owners = owners;
  }

  @Override
  public Authentication current() {
    return Actors.current();
  }

  @Override
  public boolean maySeeDraft(Authentication viewer, InstalledTopic topic) {
    if (viewer == null) {
      return false;
    }
    if (Actors.isStaff(viewer)) {
      return true;
    }
    Optional<String> organisation = Actors.organisation(viewer);
    return Actors.roles(viewer).contains(Role.PARTNER)
        && organisation.isPresent()
        && organisation.equals(owners.owner(topic.pluginId()));
  }
}

package org.variatlas.app.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/**
 * Which plugins and topics a signed-in person may act on: editors and administrators every one, a
 * partner those its organisation owns (a topic belongs to the owner of the plugin that serves it),
 * and nobody else any. The platform's own loads (the population) are for editors only.
 */
@Service
public class Ownership {

  private final OwnershipRepository owners;
  private final TopicRegistry topics;

  public Ownership(OwnershipRepository owners, TopicRegistry topics) {
    this.owners = owners;
    this.topics = topics;
  }

  /** Whether the actor may act on a plugin. */
  public boolean mayActOnPlugin(Authentication actor, String pluginId) {
    if (Actors.isStaff(actor)) {
      return true;
    }
    if (!Actors.roles(actor).contains(Role.PARTNER) || pluginId == null) {
      return false;
    }
    Optional<String> organisation = Actors.organisation(actor);
    return organisation.isPresent() && organisation.equals(owners.owner(pluginId));
  }

  /**
   * Whether the actor may act on a topic (run its loaders, upload its extracts, see its runs); a
   * null topic means the platform's own loads.
   */
  public boolean mayActOnTopic(Authentication actor, String topicId) {
    if (Actors.isStaff(actor)) {
      return true;
    }
    if (topicId == null) {
      return false;
    }
    return topics
        .topic(topicId)
        .map(InstalledTopic::pluginId)
        .map(plugin -> mayActOnPlugin(actor, plugin))
        .orElse(false);
  }

  /**
   * @throws AccessDeniedException when the actor may not act on the topic
   */
  public void checkTopic(Authentication actor, String topicId) {
    if (!mayActOnTopic(actor, topicId)) {
      throw new AccessDeniedException(
          (actor == null ? "nobody signed in" : actor.getName())
              + " may not act on "
              + (topicId == null ? "the platform's loads" : "topic '" + topicId + "'"));
    }
  }
}

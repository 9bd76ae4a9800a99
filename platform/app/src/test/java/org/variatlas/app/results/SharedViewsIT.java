package org.variatlas.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.variatlas.app.SharedApp;
import org.variatlas.app.results.fixture.CountsTopic;
import org.variatlas.app.topics.TopicRegistry;

/**
 * The views pages fetch ({@code GET /api/v1/views/{id}}): rendered once per key, resolvable by any
 * instance on the same database (another instance, here: a second store on this one's database, or
 * this one after it forgot its memory), public and immutable, but private and only for those who
 * may see them when they show a draft or a preview.
 */
class SharedViewsIT extends SharedApp {

  private static final String KEY = "bars/day-surgery/shoulder/hf/2019/nb/3";

  @Autowired SharedViews views;
  @Autowired SharedViewRepository store;
  @Autowired TopicRegistry topics;
  @Autowired TestRestTemplate http;

  @Test
  void a_key_is_rendered_once_and_each_version_or_language_is_another_url() {
    AtomicInteger renders = new AtomicInteger();
    String first = views.url(KEY, () -> render(renders));
    String second = views.url(KEY, () -> render(renders));

    assertThat(second).isEqualTo(first).startsWith(SharedViews.PATH);
    assertThat(renders).hasValue(1);
    assertThat(views.url(KEY.replace("/3", "/4"), () -> "{}")).isNotEqualTo(first);
    assertThat(views.url(KEY.replace("/nb/", "/en/"), () -> "{}")).isNotEqualTo(first);
  }

  @Test
  void another_instance_derives_the_same_id_and_serves_it_after_this_one_forgot_it() {
    String url = views.url(KEY + "/elsewhere", () -> "{\"n\":7}");
    SharedViews other = new SharedViews(store, topics);

    assertThat(other.url(KEY + "/elsewhere", () -> "{\"n\":8}")).isEqualTo(url);
    assertThat(other.get(url.substring(SharedViews.PATH.length())))
        .map(SharedViews.View::json)
        .contains("{\"n\":7}");
    views.forget();
    var response = http.getForEntity(url, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).isEqualTo("{\"n\":7}");
    assertThat(response.getHeaders().getCacheControl())
        .contains("public")
        .contains("immutable")
        .contains("max-age=31536000");
    assertThat(response.getHeaders().getETag()).isNotNull();
  }

  @Test
  void a_drafts_view_is_private_and_only_for_those_who_may_see_the_topic() {
    // The fixture topic is public: its "draft" view stands for one its reader may see.
    String seen =
        views.url(KEY + "/draft", () -> "{}", CountsTopic.ID, SharedViews.Restriction.DRAFT);
    String hidden =
        views.url(KEY + "/draft", () -> "{}", "no-such-draft", SharedViews.Restriction.DRAFT);
    views.forget();

    var response = http.getForEntity(seen, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getCacheControl()).contains("private").contains("no-store");
    assertThat(response.getHeaders().getCacheControl()).doesNotContain("public");
    assertThat(response.getHeaders().get(HttpHeaders.ETAG)).isNull();
    var refused = http.getForEntity(hidden, String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(refused.getHeaders().getCacheControl()).contains("no-store");
    assertThat(hidden).isNotEqualTo(seen);
  }

  @Test
  void an_unknown_id_is_not_found() {
    assertThat(views.get("0123456789abcdef0123456789abcdef")).isEmpty();
    assertThat(
            http.getForEntity(SharedViews.PATH + "0123456789abcdef", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static String render(AtomicInteger renders) {
    return "{\"n\":" + renders.incrementAndGet() + "}";
  }
}

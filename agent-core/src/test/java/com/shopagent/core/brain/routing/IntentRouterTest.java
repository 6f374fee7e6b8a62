package com.shopagent.core.brain.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.brain.Intent;
import com.shopagent.core.policy.EscalationPolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real MiniLM model over the shipped example phrases; messages here are not among the phrases. */
class IntentRouterTest {
  private static final EscalationPolicy POLICY = EscalationPolicy.defaults();
  private final IntentRouter router = IntentRouter.create(POLICY);
  private final Triage triage = Triage.create(POLICY);

  @Test
  void should_route_each_intent_of_the_demo_shop() {
    Map<String, Intent> cases = Map.ofEntries(
        Map.entry("How much is shipping to Calgary?", Intent.FAQ),
        Map.entry("is the merino crew itchy", Intent.FAQ),
        Map.entry("any news on order 10288?", Intent.ORDER_STATUS),
        Map.entry("I no longer want the tent, please cancel", Intent.ORDER_CHANGE),
        Map.entry("the boots pinch, I'd like my money back", Intent.ORDER_CHANGE),
        Map.entry("reset link for my password doesn't work", Intent.ACCOUNT),
        Map.entry("put me through to somebody on your team", Intent.HUMAN),
        Map.entry("honestly the worst service, I'm appalled", Intent.COMPLAINT),
        Map.entry("hello there!", Intent.GREETING),
        Map.entry("what's a good name for a cat", Intent.OTHER));
    cases.forEach((text, intent) -> assertEquals(intent, router.route(text).intent(), text));
  }

  @Test
  void should_escalate_a_request_but_answer_the_policy_question_behind_it() {
    var question = triage.assess("Under what conditions do you refund an order?");
    var request = triage.assess("Please refund my order, the jacket leaks");
    assertEquals("faq", question.decision().intent());
    assertFalse(question.decision().escalate(), question.toString());
    assertEquals("order_change", request.decision().intent());
    assertTrue(request.decision().escalate());
    assertEquals("order_change_out_of_scope", request.decision().reasons().get(0));
  }

  @Test
  void should_tell_a_question_about_a_policy_from_a_request_to_act() {
    for (String text : List.of("how do refunds work?", "What can you tell me about refunds?",
        "what can you tell me about cancelling orders?", "Can I exchange a jacket for another size?")) {
      var r = triage.assess(text);
      assertEquals("faq", r.decision().intent(), text);
      assertFalse(r.decision().escalate(), text + " " + r.decision().reasons());
    }
    for (String text : List.of("refund my order", "how can I get a refund for my boots?",
        "I'd like to exchange my boots for a half size up", "tell me about cancelling my order 10283")) {
      var r = triage.assess(text);
      assertEquals("order_change", r.decision().intent(), text);
      assertTrue(r.decision().escalate(), text);
    }
  }

  @Test
  void should_answer_sizing_care_and_product_questions_without_escalating() {
    for (String text : List.of("How do I find my size for a rain shell?", "which size fits a 42 inch chest",
        "can I tumble dry a down bag", "what colours does the insulated bottle come in",
        "how do I re-waterproof my jacket?")) {
      var r = triage.assess(text);
      assertEquals("low", r.decision().tier().label(), text + " " + r.decision().intent());
      assertFalse(r.decision().escalate(), text + " " + r.decision().reasons());
    }
  }

  @Test
  void should_surface_the_riskiest_issue_of_a_message_with_several() {
    var r = triage.assess("How long does shipping to Canada take? Also I typed the wrong street, please change the "
        + "delivery address on order #10279.");
    assertEquals(Intent.ORDER_CHANGE, r.routing().intent());
    assertTrue(r.routing().intents().contains(Intent.FAQ), r.routing().intents().toString());
    assertEquals(List.of("10279"), r.routing().orderNumbers());
    assertTrue(r.decision().escalate());
    var both = triage.assess("cancel order 10297, and I want to speak with a real person");
    assertEquals(Intent.HUMAN, both.routing().intent());
    assertTrue(both.decision().reasons().containsAll(List.of("asked_for_human", "order_change_out_of_scope")),
        both.decision().reasons().toString());
  }

  @Test
  void should_route_typos_and_run_together_words_like_the_words_meant() {
    assertEquals(Intent.ORDER_CHANGE, router.route("i need to cancle my ordr").intent());
    assertEquals(Intent.ACCOUNT, router.route("fogot my pasword").intent());
    assertEquals(Intent.HUMAN, router.route("let me talkto a humna").intent());
  }

  @Test
  void should_give_the_same_routing_for_the_same_text_alone_or_in_a_batch() {
    String text = "my parcel seems stuck, order 10288";
    Routing alone = router.route(text);
    List<Routing> batch = router.routeAll(List.of("hi", text, "tell me a joke"));
    assertEquals(alone, batch.get(1));
    assertEquals(alone, IntentRouter.create(POLICY).route(text));
  }

  @Test
  void should_flag_a_card_number_but_not_a_long_order_number() {
    assertTrue(router.route("my card is <CARD_1> can you charge it").riskFlags().contains("card_number"));
    assertFalse(router.route("status of order <CARD_1>").riskFlags().contains("card_number"));
    var hijacked = triage.assess("someone logged into my account and ordered stuff");
    assertTrue(hijacked.decision().escalate());
    assertEquals("high", hijacked.decision().tier().label());
  }

  @Test
  void should_load_the_model_and_the_phrases_once_per_jvm() {
    assertSame(ExampleIndex.shared(), ExampleIndex.shared());
    assertSame(LocalEmbeddings.allMiniLmL6V2(), LocalEmbeddings.allMiniLmL6V2());
  }
}

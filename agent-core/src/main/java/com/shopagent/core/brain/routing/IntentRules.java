package com.shopagent.core.brain.routing;

import com.shopagent.core.brain.Intent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Phrases that settle an intent on their own, for the clear-cut cases. Every rule that matches
 * is reported (a message can carry several issues); the router surfaces the riskiest. A rule's
 * {@code unless} keeps policy questions ("what is your refund policy?") away from requests.
 */
final class IntentRules {
  private record Rule(Intent intent, Pattern pattern, Pattern unless) {
    boolean matches(String t) {
      return pattern.matcher(t).find() && (unless == null || !unless.matcher(t).find());
    }
  }

  private static final String GAP = "\\W+(?:[\\w']+\\W+){0,4}";
  private static final String POLICY_WORDS = "polic(y|ies)|guarantee|in (what|which) (case|situation|circumstance)s?"
      + "|under (what|which)|conditions?|eligib\\w*|fees?|charges?|penalt\\w*|how much does it cost|how long";
  private static final String POLICY_QUESTION = "\\b(" + POLICY_WORDS + ")\\b";
  /** Asking how refunds work, not asking for one. */
  private static final String INFO_WORDS = "polic(y|ies)|guarantee|in (what|which) (case|situation|circumstance)s?"
      + "|under (what|which)|conditions?|eligib\\w*|how long";
  /**
   * Asking how something works in general ("how do refunds work", "what can you tell me about
   * cancelling orders"), with nothing of the customer's own in it: a policy question, not a request.
   */
  private static final String NOT_PERSONAL = "^(?!.*\\b(my|mine|i want|i'd like|i would like|i need|please|pls|for me)\\b)";
  private static final String GENERAL_QUESTION = NOT_PERSONAL
      + ".*\\b(what can you tell me|tell me (a bit |more )?about|info(rmation)? (about|on)|explain\\w*"
      + "|how (do|does) (\\w+\\W+){1,3}work|when (would|do|does|will|might) you\\b|is (\\w+\\W+){1,3}refunded"
      + "|(can|could) (an?|the) ([\\w-]+\\W+){0,2}(order|item|purchase)s? (still )?be)\\b";
  /** "Can I exchange boots for another size?": whether returns and exchanges are possible, nothing of one's own named. */
  private static final String GENERAL_RETURN = NOT_PERSONAL
      + "((and|so|also|but|ok|okay),? )?(can|could|do|does|is|are|what|how|which|when|where)\\b.*\\b(return|exchang|swap)\\w*";
  private static final String PROBLEM = "(?:problem|issue|error|trouble|fail|can'?t|cannot|unable|won'?t|doesn'?t work"
      + "|not working|keeps? failing)\\w*";

  private static final List<Rule> RULES = List.of(
      rule(Intent.HUMAN, "\\b(human|real person|actual person|live (agent|person|chat)|representative|operator|"
          + "(a|an|some|the|your|an actual) (human |live |real )?(agent|person|employee|staff member)|"
          + "customer (service|support|care|assistance)|support (team|staff|agent|line|hours|email|phone|number)|"
          + "(speak|talk|chat)\\w* (to|with) (someone|somebody|a |an |your |the |some )|call me|contact (someone|somebody|support|you)|"
          + "get in touch|manager|supervisor|not a (bot|robot)|(your|support|service|the) phone number|number to call|"
          + "call you|(any|some)(one|body) (real|human)|real (one|human))\\b", null),
      rule(Intent.ACCOUNT, "\\b(password|passcode|pin code|pin number|lost (my )?pin|log ?in|sign ?in|locked out|hacked|"
          + "(delet|clos|remov|deactivat|cancel|terminat|get rid of)\\w*" + GAP + "(account|profile)|"
          + "(edit|chang|updat|modif|correct)\\w*" + GAP + "(account|profile|personal (info|information|details|data)|"
          + "user ?name)|(use|using|switch|chang|mov|upgrad|downgrad)\\w*( to| over to)?" + GAP + "(account|profile)|"
          + "(delet|eras|remov|copy of|access|download|export)\\w*\\W+(\\w+\\W+){0,2}(personal |my )data|"
          + "what (personal )?data do you (hold|have|store|keep)|verification (email|link)|"
          + "(account|profile) (details|info|information|settings)|(merg|link|combin|attach)\\w*\\W+(\\w+\\W+){0,7}(accounts?|profiles?)|"
          + "(edit|chang|updat|modif|correct)\\w*\\W+(\\w+\\W+)?my (phone|mobile|cell|email|e-mail|name|surname|username)"
          + ")\\b", null),
      rule(Intent.ACCOUNT, "\\b" + PROBLEM + GAP + "(sign ?up|signup|sign-up|regist\\w*|(creat|open)\\w*" + GAP
          + "(account|profile))|\\b(sign ?up|signup|sign-up|registration)" + GAP + PROBLEM, null),
      rule(Intent.ORDER_CHANGE, "\\b(cancel\\w*|call off|stop)" + GAP + "(order|purchase|it|shipment|delivery|items?)\\b",
          "\\b(newsletter|subscription|membership|account|profile|" + POLICY_WORDS + ")\\b|" + GENERAL_QUESTION),
      rule(Intent.ORDER_CHANGE, "\\b(change|edit|modify|correct|swap|switch|replace|add|remove|delete|take \\w+ (off|out))\\w*"
          + GAP + "(order|purchase)\\b|\\b(missed|forgot\\w*|left out)" + GAP + "(product|item|article)",
          "\\b(any|an|the|some) updates?\\b|\\bplace an order\\b|\\b(note|gift (message|note))\\b"),
      rule(Intent.ORDER_CHANGE, "\\b(change|correct|update|modify|edit|fix|wrong|new|different|another|second\\w*|"
          + "set ?up|setting up|add|enter|submit|save)\\w*" + GAP + "(shipping |delivery |billing |postal )?address\\b|"
          + "\\baddress\\W+(\\w+\\W+){0,3}(wrong|incorrect|error|change)", "\\be-?mail address\\b"),
      rule(Intent.ORDER_CHANGE, "\\b(refund\\w*|reimburs\\w*|money back|compensat\\w*|rebate|restitution|chargeback)\\b",
          "\\b(" + INFO_WORDS + ")\\b|" + GENERAL_QUESTION),
      rule(Intent.ORDER_CHANGE, "\\b(i want|i'd like|i would like|i need|give me|i demand|please|pls|plz)\\W+(\\w+\\W+){0,2}"
          + "(refund|money back|reimburs\\w*)|\\brefund (me|my order|order|the rest|it)\\b", null),
      rule(Intent.ORDER_CHANGE, "\\b(i want|i'd like|i would like|i need|want|need|please|how (do|can) i|start|help me)"
          + "\\W+(to\\W+)?(\\w+\\W+){0,2}(return|exchange|send back)\\b|\\breturn label\\b", POLICY_QUESTION + "|" + GENERAL_QUESTION + "|" + GENERAL_RETURN),
      rule(Intent.ORDER_CHANGE, "\\b(payment|pay|paid|card|charge|checkout|billed|billing|transaction)\\w*" + GAP
          + "(problem|issue|error|trouble|fail\\w*|declin\\w*|twice|double|wrong|not (work|go)\\w*|didn'?t (work|go))|"
          + "\\b(problem|issue|error|trouble|fail\\w*)" + GAP + "(payment|pay|card|checkout|transaction)|"
          + "\\b((charged|billed) twice|double[- ]charged|overcharged)", null),
      rule(Intent.COMPLAINT, "\\b(complain\\w*|complaint|unacceptable|terrible|awful|horrible|worst|furious|angry|"
          + "disgust\\w*|fed up|ridiculous|scam|rip-?off|rude|disappoint\\w*|(customer|consumer) claim|claim against|"
          + "reclamation)\\b", null),
      rule(Intent.ORDER_STATUS, "\\b(where('?s| is)( my)? (order|package|parcel|stuff|delivery|shipment)|"
          + "track\\w*( my| the| an?)? (order|package|parcel|shipment|delivery|purchase)|tracking (number|info\\w*|link|code)|"
          + "(order|purchase|delivery|package) status|status of( my| the| this| an?)? (order|purchase|package|delivery)|"
          + "has my (order|package|parcel) (shipped|arrived|left)|eta|"
          + "(locate|find|trace|track|follow|look\\w* up|lookup|check\\w* on)\\w*\\W+(\\w+\\W+){0,2}"
          + "(order|purchase|package|parcel|shipment))\\b", null),
      rule(Intent.FAQ, "\\b((refund|return|reimburs\\w*|cancel\\w*|exchange|shipping|privacy|warranty) polic(y|ies)|"
          + "money back guarantee|(cancel\\w*|termination|withdrawal|early exit|exit) (fee|charge|penalt)\\w*|"
          + "payment (method|option|modalit|type)\\w*|ways to pay|newsletter|mailing list|"
          + "(delivery|shipping) (options|methods|times?|costs?|period)|invoices?|bills?|receipts?|"
          + "(leave|write|post|give|submit|send|add)\\W+(\\w+\\W+){0,3}(review|feedback|comment|opinion|rating)s?)\\b", null),
      rule(Intent.FAQ, "\\b(refund|reimburs|money back|return|cancel)\\w*\\b.*" + POLICY_QUESTION + "|" + POLICY_QUESTION
          + ".*\\b(refund|reimburs|money back|return|cancel)\\w*\\b|how long (do|does|will)( it take for)?( the| my| a)? "
          + "refunds? (usually |normally )?take", null),
      rule(Intent.FAQ, "^(?=.*\\b(refund|reimburs|money back|return|cancel|exchang)\\w*)(?!.*\\b(account|profile)s?\\b)"
          + GENERAL_QUESTION, null),
      rule(Intent.FAQ, GENERAL_RETURN, null),
      rule(Intent.FAQ, "\\b(faqs?|frequently asked|common questions)\\b", null),
      // what a product is like: "what colours does the bottle come in", "how does the crew fit"
      rule(Intent.FAQ, NOT_PERSONAL + "(what|which|how|is|are|does|do)\\b.*\\b(colou?rs?|sizes?|weigh\\w*|heavy|"
          + "made (of|from)|materials?|fabric|dimensions|capacity|volume|lit(re|er)s?|warm\\w*|waterproof|features?|"
          + "temperature|rating|fit)\\b", null),
      // what the privacy policy says, not a request to see, copy or erase one's data
      rule(Intent.FAQ, "^(?=.*\\b(do|does|will|would|how|what|who|why|which|when)\\b)(?=.*\\b(sell|share|collect|use|keep|"
          + "store|protect|gather|track|process)(s|d|es|ed|ing)?\\b)(?=.*\\b(data|information|info|details)\\b)|\\bcookies\\b",
          "\\b(copy|delete|eras\\w*|remov\\w*|download|export|access|correct|chang\\w*|updat\\w*|edit\\w*|modif\\w*|"
          + "i want|i'd like|please)\\b"),
      rule(Intent.FAQ, "\\b(creat|open|mak|set ?up|setting up|regist|new)\\w*\\W+(\\w+\\W+){0,3}(account|profile)\\b", null),
      rule(Intent.GREETING, "^(hi|hello|hey|hiya|howdy|good (morning|afternoon|evening)|thanks?( you)?( so much| very much)?|"
          + "thank you|thx|ty|cheers|bye|goodbye|ok(ay)?|great)( there| again)?[!., ]*$", null));

  private IntentRules() {}

  /** Every intent a rule settles, in rule order, each once; an errand last. */
  static List<Intent> matches(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace('’', '\'').trim();
    List<Intent> hits = new ArrayList<>();
    for (Rule r : RULES) {
      if (!hits.contains(r.intent()) && r.matches(t)) {
        hits.add(r.intent());
      }
    }
    if (ErrandWords.of(t).isPresent()) {
      hits.add(Intent.ERRAND);
    }
    return List.copyOf(hits);
  }

  private static Rule rule(Intent intent, String regex, String unless) {
    return new Rule(intent, Pattern.compile(regex), unless == null ? null : Pattern.compile(unless));
  }
}

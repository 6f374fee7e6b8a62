package com.shopagent.core.brain;

import com.shopagent.core.session.Turn;
import java.util.regex.Pattern;

/** Short follow-ups ("and for Canada?") are searched together with the previous question. */
final class FollowUps {
  private static final Pattern ANAPHORIC =
      Pattern.compile("(?i)^(and|what about|how about|also|same for|is that|does that|does it|is it|can i|and if)\\b|\\b(it|that|this one|them)\\b");

  private FollowUps() {}

  static String query(TurnContext ctx) {
    if (ctx.history().isEmpty()) {
      return ctx.userText();
    }
    boolean shortText = TextMatch.terms(ctx.userText()).size() <= 3;
    if (shortText && ANAPHORIC.matcher(ctx.userText()).find()) {
      Turn last = ctx.history().get(ctx.history().size() - 1);
      return last.userText() + " " + ctx.userText();
    }
    return ctx.userText();
  }
}

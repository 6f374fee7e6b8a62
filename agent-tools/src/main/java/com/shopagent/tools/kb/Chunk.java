package com.shopagent.tools.kb;

import java.util.List;

/**
 * A retrievable piece of a page.
 *
 * @param id url + "#" + index within the page
 * @param headingPath the Markdown headings above the text, e.g. "Returns > Worn items"; may be empty
 */
public record Chunk(
    String id, String url, String title, String headingPath, String text, List<String> tags, boolean policy) {

  public Chunk {
    tags = List.copyOf(tags);
  }
}

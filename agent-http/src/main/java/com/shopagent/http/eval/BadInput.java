package com.shopagent.http.eval;

/** An input file the eval commands cannot use; the message is meant for the person who ran them. */
public final class BadInput extends RuntimeException {
  public BadInput(String message) {
    super(message);
  }
}

package com.shopagent.http.cli;

/** Bad input from the command line: printed as a plain message, exit code 2, no stack trace. */
final class CliInputException extends RuntimeException {
  CliInputException(String message) {
    super(message);
  }
}

/**
 * Errors a command expects: the person running it made a mistake or the input is unusable.
 * They are shown as a plain message, without a stack trace, which would only hide the advice.
 * A message given in every locale is printed in the language in force (`--lang`).
 */
import { say, type Text } from "../i18n/messages.ts";

export class UserError extends Error {
  override name = "UserError";
  constructor(message: string | Text, options?: ErrorOptions) {
    super(typeof message === "string" ? message : say(message), options);
  }
}

/** Wrong arguments: shown with the command's usage. */
export class UsageError extends UserError {
  override name = "UsageError";
}

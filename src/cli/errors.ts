/**
 * Errors a command expects: the person running it made a mistake or the input is unusable.
 * They are shown as a plain message, without a stack trace, which would only hide the advice.
 */
export class UserError extends Error {
  override name = "UserError";
}

/** Wrong arguments: shown with the command's usage. */
export class UsageError extends UserError {
  override name = "UsageError";
}

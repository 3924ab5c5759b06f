/**
 * The shell of every staff command: parse arguments with a usage message, run, and turn
 * expected failures into a short message and an exit code (1 for errors, 2 for wrong usage).
 * A file-system failure (no permission, disk full, read-only, …) is one line naming the path
 * and the fix, in the language in force, not a stack trace. Every command takes `--lang`
 * (zh-cn by default, or PINGAN_LANG) for the language of its messages.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { say, useLangFromArgs } from "../i18n/messages.ts";
import { UsageError, UserError } from "./errors.ts";
import { describeFsError } from "./fs-errors.ts";
import { paintFor } from "./output.ts";

/**
 * node:util parseArgs, with its errors turned into a UsageError that names the option.
 * `--lang` is accepted by every command (runCommand has read it already).
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs({
      ...config,
      options: { lang: { type: "string" }, ...config.options },
    } as T);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The line printed for an error: the message of an expected one, else undefined. */
export function errorLine(error: unknown): string | undefined {
  if (error instanceof UserError) return error.message;
  const fs = describeFsError(error);
  return fs ? say(fs) : undefined;
}

/** Runs a command; its result becomes the exit code. */
export async function runCommand(
  usage: string,
  main: () => Promise<number> | number,
): Promise<void> {
  const paint = paintFor(process.stderr);
  try {
    try {
      useLangFromArgs();
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    process.exitCode = await main();
  } catch (error) {
    const line = errorLine(error);
    if (error instanceof UsageError) {
      console.error(`${paint.red("error:")} ${error.message}\n\n${usage}`);
      process.exitCode = 2;
    } else if (line !== undefined) {
      console.error(`${paint.red("error:")} ${line}`);
      process.exitCode = 1;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  }
}

/**
 * The shell of every staff command: parse arguments with a usage message, run, and turn
 * expected failures into a short message and an exit code (1 for errors, 2 for wrong usage).
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError, UserError } from "./errors.ts";
import { paintFor } from "./output.ts";

/** node:util parseArgs, with its errors turned into a UsageError that names the option. */
export function parseCommandArgs<T extends ParseArgsConfig>(
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Runs a command; its result becomes the exit code. */
export async function runCommand(
  usage: string,
  main: () => Promise<number> | number,
): Promise<void> {
  const paint = paintFor(process.stderr);
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${paint.red("error:")} ${error.message}\n\n${usage}`);
      process.exitCode = 2;
    } else if (error instanceof UserError) {
      console.error(`${paint.red("error:")} ${error.message}`);
      process.exitCode = 1;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  }
}

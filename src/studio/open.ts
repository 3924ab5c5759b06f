/**
 * Opens an address in the default browser without a shell: the platform's own opener started
 * directly (`explorer.exe` on Windows, `open` on macOS, `xdg-open` on Linux, UOS and Kylin).
 * When there is none, the address printed in the terminal is still there to copy.
 */
import { spawn } from "node:child_process";

export function openerFor(platform: NodeJS.Platform): string {
  if (platform === "win32") return "explorer.exe";
  if (platform === "darwin") return "open";
  return "xdg-open";
}

export function openBrowser(address: string, platform = process.platform): void {
  try {
    const child = spawn(openerFor(platform), [address], { stdio: "ignore", detached: true });
    child.on("error", () => undefined);
    child.unref();
  } catch {
    // The address is printed; opening it is a convenience.
  }
}

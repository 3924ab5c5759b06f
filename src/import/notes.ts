/**
 * What the importer tells the person running it. Every note and refusal exists in each locale
 * (`Text`); the command prints the language in force (`--lang`).
 */
import type { Text } from "../i18n/messages.ts";

/** A message in Chinese and English. */
export const t = (zh: string, en: string): Text => ({ "zh-cn": zh, en });

export interface Note {
  level: "info" | "warning";
  text: Text;
  /**
   * What was dropped, printed in full under the note: text as it was, or a message (a Text)
   * about an item.
   */
  dropped?: (string | Text)[];
}

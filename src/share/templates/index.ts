/** Every template by id: the id is part of cache keys and of the file names they are written to. */
import type { Template } from "./card.ts";
import { socialCard } from "./social-card.ts";
import { squareThumbnail } from "./square.ts";
import { wechatCover } from "./wechat-cover.ts";

export const templates = {
  og: socialCard,
  wechat: wechatCover,
  square: squareThumbnail,
} as const satisfies Record<string, Template>;

export type TemplateId = keyof typeof templates;

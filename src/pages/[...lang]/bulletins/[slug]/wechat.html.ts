/** The WeChat-ready article beside each bulletin page (src/wechat/). */
import { wechatRoute } from "../../../../wechat/route.ts";

export const { getStaticPaths, GET } = wechatRoute("bulletins");

/** The WeChat-ready article beside each explainer page (src/wechat/). */
import { wechatRoute } from "../../../../wechat/route.ts";

export const { getStaticPaths, GET } = wechatRoute("explainers");

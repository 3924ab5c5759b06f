/** The broadcast script beside each explainer page (src/broadcast/). */
import { broadcastRoute } from "../../../../broadcast/route.ts";

export const { getStaticPaths, GET } = broadcastRoute("explainers");

/** The broadcast script beside each bulletin page (src/broadcast/). */
import { broadcastRoute } from "../../../../broadcast/route.ts";

export const { getStaticPaths, GET } = broadcastRoute("bulletins");

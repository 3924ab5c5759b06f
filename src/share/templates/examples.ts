/**
 * Cards declared once and used by the image snapshot tests: both languages, extreme lengths,
 * mixed scripts and punctuation that lands at line ends.
 */
import type { CardData } from "./card.ts";

const colours = { primary: "#b71c1c", onPrimary: "#ffffff", accent: "#8a5a00" };
const zh = { lang: "zh-CN", siteName: "示例县扫黑除恶宣传平台", colours };
const en = { lang: "en", siteName: "Sample County Campaign Against Organised Crime", colours };

export const examples: Record<string, CardData> = {
  zh: {
    ...zh,
    section: "工作动态",
    title: "港西镇多措并举扎实推进扫黑除恶专项斗争",
    date: "2019年6月30日",
  },
  en: {
    ...en,
    section: "Case explainers",
    title: "Why a neighbour dispute is not a gang crime",
    date: "30 June 2019",
  },
  short: { ...zh, section: "如何举报", title: "举报" },
  long: {
    ...zh,
    section: "以案释法",
    title:
      "软暴力催收也是违法犯罪：从“套路贷”到“校园贷”，看黑恶势力如何以合法外衣掩盖非法目的，群众遇到此类情形应当如何保存证据、及时举报并依法维护自身合法权益。本文结合最高人民法院、最高人民检察院、公安部、司法部联合发布的指导意见和本县近年办理的三起典型案例逐一说明",
    date: "2021年3月1日",
  },
  mixed: {
    ...zh,
    section: "政策问答",
    title: "2021年第3季度12389举报平台受理COVID-19期间涉黑线索120条",
    date: "2021年10月8日",
  },
  punctuation: {
    ...zh,
    section: "以案释法",
    title: "“保护伞”是什么？《反有组织犯罪法》（2022年施行）怎样规定：包庇、纵容，一律严惩！",
    date: "2022年5月1日",
  },
};

/**
 * The content gate on a thread of its own, so that it runs beside Astro's start (run.ts). Its
 * reply is the problems found; a gate that throws fails the thread.
 */
import { parentPort } from "node:worker_threads";
import { runGate, type GateOptions } from "../content/gate.ts";
import { threadData } from "./threads.ts";

const { root, options } = threadData<{ root: string; options: GateOptions }>();
const { problems } = await runGate(root, options);
parentPort?.postMessage(problems);

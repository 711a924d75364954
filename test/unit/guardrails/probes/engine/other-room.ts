import type { Host } from "../host/types";
export type H = Host;

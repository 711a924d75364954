import { main } from "../cli/main";
export const run = main;

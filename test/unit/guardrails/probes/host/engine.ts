import { diagnose } from "../engine";
export const run = diagnose;

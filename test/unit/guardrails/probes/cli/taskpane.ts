import { App } from "../taskpane/App";
export const app = App;

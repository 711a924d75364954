// The da catalog, one file per area so that areas can grow without stepping on each other.
import type { Catalog } from "../index";
import causes from "./causes";
import report from "./report";
import cli from "./cli";
import ui from "./ui";
import uiLogs from "./ui-logs";

const catalog: Catalog = { ...causes, ...report, ...cli, ...ui, ...uiLogs };
export default catalog;

// What the pane shows (everything but the CLI's own texts), so the pane's bundles carry no CLI strings.
import type { Catalog } from "../index";
import causes from "./causes";
import report from "./report";
import ui from "./ui";
import uiLogs from "./ui-logs";

const pane: Catalog = { ...causes, ...report, ...ui, ...uiLogs };
export default pane;

// The da catalog, one file per area so that areas can grow without stepping on each other.
import type { Catalog } from "../index";
import pane from "./pane";
import cli from "./cli";
import org from "./org";

const catalog: Catalog = { ...pane, ...cli, ...org };
export default catalog;

// The en catalog, one file per area so that areas can grow without stepping on each other.
import type { Catalog } from "../index";
import pane from "./pane";
import cli from "./cli";

const catalog: Catalog = { ...pane, ...cli };
export default catalog;

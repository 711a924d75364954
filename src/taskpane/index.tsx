// Entry point: find the host (Outlook or standalone), then render once, inside FluentProvider.
import { createRoot } from "react-dom/client";
import { detectHost } from "../host";
import { App } from "./App";

async function main(): Promise<void> {
  const host = await detectHost(window);
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(<App host={host} />);
}

void main();

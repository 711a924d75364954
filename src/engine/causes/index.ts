export * from "./catalog";
export * from "./login-status";

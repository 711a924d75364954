export * from "./catalog";
export * from "./match";
export * from "./sources";
export * from "./login-status";

export * from "./labels";
export * from "./decode";

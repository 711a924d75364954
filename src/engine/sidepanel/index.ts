export * from "./labels";
export * from "./decode";
export * from "./all-labels";

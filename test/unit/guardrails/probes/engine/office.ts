export const inOutlook = () => typeof Office !== "undefined";

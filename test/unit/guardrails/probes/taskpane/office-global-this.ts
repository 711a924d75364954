export const office = () => globalThis.Office;

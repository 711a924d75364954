export const env = () => globalThis.process.env;

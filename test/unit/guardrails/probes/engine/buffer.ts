export const bytes = (s: string) => Buffer.from(s, "latin1");

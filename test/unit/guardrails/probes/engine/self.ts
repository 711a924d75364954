export const post = (m: string) => self.postMessage(m);

export const office = () => (globalThis as any).Office;

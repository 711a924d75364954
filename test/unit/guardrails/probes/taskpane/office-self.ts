export const office = () => (self as unknown as { Office?: unknown }).Office;

export const office = () => (window as unknown as Record<string, unknown>)["Office"];

const report: Record<string, string> = {};
export default report;

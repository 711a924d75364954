const cli: Record<string, string> = {};
export default cli;

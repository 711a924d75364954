const ui: Record<string, string> = {};
export default ui;

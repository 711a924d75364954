const causes: Record<string, string> = {};
export default causes;

export const href = () => window.location.href;

export const language = () => navigator.language;

export const remembered = () => localStorage.getItem("lang");

export const ready = () => Office.onReady();

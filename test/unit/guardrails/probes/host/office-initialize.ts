Office.initialize = () => undefined;

export const office = () => Reflect.get(window, "Office");

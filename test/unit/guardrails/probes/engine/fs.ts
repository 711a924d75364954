import * as fs from "fs";
export const exists = (file: string) => fs.existsSync(file);

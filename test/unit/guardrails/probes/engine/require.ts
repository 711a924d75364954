export const fs = require("fs");

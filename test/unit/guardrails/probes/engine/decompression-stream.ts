export const gunzip = new DecompressionStream("gzip");

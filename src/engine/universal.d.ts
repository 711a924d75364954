// The web API constructors the engine may use (types in universal-types.d.ts): Node, Web Workers
// and browsers all provide them. Loaded only by the engine's own type check (src/engine/tsconfig.json).

declare const TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};
declare const TextEncoder: {
  prototype: TextEncoder;
  new (): TextEncoder;
};

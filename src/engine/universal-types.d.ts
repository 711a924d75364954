// The types of the web APIs the engine may use: those Node, Web Workers and browsers all provide.
// Declared here because the engine's type check loads neither the DOM's nor Node's declarations
// (and Node's own declare the constructors but not these instance types). Values: universal.d.ts.

interface TextDecodeOptions {
  stream?: boolean;
}
interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}
interface TextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: Uint8Array, options?: TextDecodeOptions): string;
}
interface TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
}

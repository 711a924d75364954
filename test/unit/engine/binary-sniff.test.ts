// A file the user drops is refused as binary when its first 64 KiB hold a NUL or more than 8 control
// bytes that are also more than 1 % of what was read; a log with a few stray control bytes still reads.
import { scanBytes } from "../../../src/engine";

/** `size` bytes of log text with `controls` bytes 0x01 spread through it (never NUL, tab or line feed). */
function textWithControls(size: number, controls: number): Uint8Array {
  const line = "2024-01-08 08:00:14,000 [5048] ERROR sfdcsession LogOn failed with exception - token validity expired\n";
  const bytes = new TextEncoder().encode(line.repeat(Math.ceil(size / line.length))).slice(0, size);
  bytes[size - 1] = 10;
  for (let k = 0; k < controls; k++) bytes[Math.floor(((k + 0.5) * (size - 1)) / controls)] = 1;
  return bytes;
}

const refused = (bytes: Uint8Array) => {
  try {
    scanBytes("Trace.log", bytes);
    return null;
  } catch (error) {
    return (error as { kind?: string }).kind ?? "other";
  }
};

describe("binary files among dropped logs", () => {
  it("refuses 9 control bytes in 800 (over 1 %)", () => {
    expect(refused(textWithControls(800, 9))).toBe("binary");
  });

  it("reads 8 control bytes even in 100 bytes: 8 are not enough", () => {
    expect(refused(textWithControls(100, 8))).toBeNull();
  });

  it("reads 9 control bytes in 900 (exactly 1 %), refuses them in 899", () => {
    expect(refused(textWithControls(900, 9))).toBeNull();
    expect(refused(textWithControls(899, 9))).toBe("binary");
  });

  it("counts only the first 64 KiB: 700 control bytes after them do not make a log binary", () => {
    const head = textWithControls(64 * 1024, 0);
    const tail = textWithControls(1024, 700);
    const bytes = new Uint8Array(head.length + tail.length);
    bytes.set(head);
    bytes.set(tail, head.length);
    expect(refused(bytes)).toBeNull();
  });

  it("refuses a single NUL byte", () => {
    const bytes = textWithControls(800, 0);
    bytes[400] = 0;
    expect(refused(bytes)).toBe("binary");
  });
});

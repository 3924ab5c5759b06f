import { describe, expect, it } from "vitest";
import { decodeInput } from "./decode.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("input decoding", () => {
  it("accepts UTF-8, drops a byte-order mark and normalises line ends", () => {
    expect(decodeInput(bytes("\uFEFF标题\r\n正文"), "a.txt")).toBe("标题\n正文");
  });

  it("refuses empty and blank input", () => {
    expect(() => decodeInput(new Uint8Array(), "a.txt")).toThrow("a.txt is empty");
    expect(() => decodeInput(bytes(" \n\t"), "a.txt")).toThrow("only white space");
  });

  it("refuses binary input", () => {
    expect(() =>
      decodeInput(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), "a.png"),
    ).toThrow("binary file");
  });

  it("refuses text that is not UTF-8, saying how to convert it", () => {
    // 你好 in GBK.
    expect(() => decodeInput(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]), "a.txt")).toThrow(
      /not UTF-8.*iconv/su,
    );
  });
});

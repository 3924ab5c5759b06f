import iconv from "iconv-lite";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { setMessageLocale } from "../i18n/messages.ts";
import { decodeInput } from "./decode.ts";

setMessageLocale("en");

const bytes = (text: string) => new TextEncoder().encode(text);
const REPORT =
  "港西镇多措并举扎实推进扫黑除恶专项斗争\n本报讯（记者 张三 通讯员 李四）近日，港西镇召开扫黑除恶专项斗争推进会，要求各村把宣传工作做实做细。全镇张贴标语450条，发放明白纸6800份。";
const traditional = OpenCC.Converter({ from: "cn", to: "tw" })(REPORT);

describe("input decoding", () => {
  it("reads UTF-8 with and without a byte-order mark and normalises line ends", () => {
    expect(decodeInput(bytes("\uFEFF标题\r\n正文"), "a.txt")).toEqual({
      text: "标题\n正文",
      encoding: "UTF-8 (BOM)",
    });
    expect(decodeInput(bytes("标题\r正文"), "a.txt")).toEqual({
      text: "标题\n正文",
      encoding: "UTF-8",
    });
  });

  it("reads UTF-16 LE and BE with a byte-order mark", () => {
    const le = iconv.encode(REPORT, "utf-16le", { addBOM: true });
    const be = iconv.encode(REPORT, "utf-16be", { addBOM: true });
    expect(le[0]).toBe(0xff);
    expect(be[0]).toBe(0xfe);
    expect(decodeInput(le, "le.txt")).toEqual({ text: REPORT, encoding: "UTF-16LE" });
    expect(decodeInput(be, "be.txt")).toEqual({ text: REPORT, encoding: "UTF-16BE" });
  });

  it("reads GBK/GB18030 and Big5, as the detector tells them apart", () => {
    expect(decodeInput(iconv.encode(REPORT, "gbk"), "gbk.txt")).toEqual({
      text: REPORT,
      encoding: "GB18030",
    });
    expect(decodeInput(iconv.encode(REPORT, "gb18030"), "gb.txt").text).toBe(REPORT);
    expect(decodeInput(iconv.encode(traditional, "big5"), "big5.txt")).toEqual({
      text: traditional,
      encoding: "Big5",
    });
  });

  it("refuses a text too short to tell GB18030 from Big5, naming both", () => {
    expect(() => decodeInput(iconv.encode("扫黑除恶", "gbk"), "short.txt")).toThrow(
      /short\.txt.*GB18030.*Big5/su,
    );
  });

  it("refuses UTF-16 without a byte-order mark, naming both byte orders", () => {
    expect(() => decodeInput(iconv.encode("Hello world, 扫黑除恶", "utf-16le"), "u.txt")).toThrow(
      /UTF-16LE.*UTF-16BE/su,
    );
  });

  it("refuses empty, blank, zip and binary input", () => {
    expect(() => decodeInput(new Uint8Array(), "a.txt")).toThrow("a.txt");
    expect(() => decodeInput(bytes(" \n\t"), "a.txt")).toThrow("a.txt");
    expect(() => decodeInput(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), "a.txt")).toThrow(".docx");
    expect(() =>
      decodeInput(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 9, 8]), "a.png"),
    ).toThrow("NUL");
  });
});

describe("other legacy encodings", () => {
  it("refuses Korean and Japanese text instead of reading it as GB18030, naming what was detected", () => {
    const korean = iconv.encode(
      "서울시는 조직범죄 척결을 위한 주민 설명회를 열었습니다. 참가자는 약 백 명이었습니다.",
      "euc-kr",
    );
    expect(() => decodeInput(korean, "k.txt")).toThrow(
      /k\.txt is in no encoding the importer reads.*(EUC-KR|CP949)/su,
    );
    const japanese = iconv.encode(
      "東京都で暴力団排除条例に関する説明会が開かれました。参加者は約百人でした。",
      "shift_jis",
    );
    expect(() => decodeInput(japanese, "j.txt")).toThrow(
      /j\.txt is in no encoding the importer reads/u,
    );
  });
});

import { describe, expect, it } from "vitest";

import { actionPayloadProblem } from "../action-payload.js";
import { clientAddress } from "../request-guard.js";

const req = (remoteAddress: string, forwarded?: string) => ({ socket: { remoteAddress }, headers: forwarded ? { "x-forwarded-for": forwarded } : {} });

describe("the client's address", () => {
  it("is the socket's, whatever X-Forwarded-For claims, unless proxies are trusted", () => {
    expect(clientAddress(req("10.0.0.9", "1.2.3.4"), 0)).toBe("10.0.0.9");
  });

  it("behind trusted proxies, is what the outermost trusted one saw — never what the client wrote before it", () => {
    // The client wrote 6.6.6.6 itself; the one proxy in front appended the address it saw.
    expect(clientAddress(req("10.0.0.1", "6.6.6.6, 198.51.100.7"), 1)).toBe("198.51.100.7");
    // Two proxies: the outer one appended the client's, the inner one the outer's.
    expect(clientAddress(req("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1"), 2)).toBe("198.51.100.7");
    expect(clientAddress(req("10.0.0.1"), 1)).toBe("10.0.0.1");
  });
});

describe("server action payloads", () => {
  const text = (body: string) => actionPayloadProblem(Buffer.from(body), { "content-type": "text/plain;charset=UTF-8" });
  const multipart = (parts: Record<string, string>, boundary = "XyZ") =>
    actionPayloadProblem(
      Buffer.from(
        Object.entries(parts)
          .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
          .join("") + `--${boundary}--\r\n`,
      ),
      { "content-type": `multipart/form-data; boundary=${boundary}` },
    );

  it("accepts what the React client sends for the admin's actions", async () => {
    expect(await text('["COUNTRY","Qat"]')).toBeNull();
    expect(await multipart({ "1_email": "a@b", "1_password": "x", "0": '[{"ok":false},"$K1"]' })).toBeNull();
    expect(await multipart({ "1": '{"ok":false,"message":"$$ is fine"}', "0": '["$@1","$K2"]', "2_x": "y" })).toBeNull();
  });

  it("names what is wrong with anything else", async () => {
    expect(await text('["a",')).toBe("it is not valid JSON");
    expect(await text('{"a":1}')).toBe("its arguments are not a list");
    expect(await text('["$F1"]')).toMatch(/refers to "\$F1…", which no action here takes/);
    expect(await text('["$Q1"]')).toMatch(/which no action here takes/);
    expect(await text('["$1"]')).toBe("it refers to a part it does not carry ($1)");
    expect(await text('["\\ud800"]')).toBe("it has text that is not valid Unicode");
    expect(await text("[".repeat(100) + "]".repeat(100))).toBe("it is nested too deeply");
    expect(await text(JSON.stringify(Array(20_000).fill(0)))).toBe("it has a list that is too long");
    expect(await actionPayloadProblem(Buffer.from("x"), { "content-type": "multipart/form-data" })).toBe("its multipart form has no boundary");
    expect(await multipart({ "1_a": "b" })).toBe("its arguments (part 0) are missing");
    expect(await actionPayloadProblem(Buffer.from("[]"), { "content-type": "application/json" })).toBe("its body is neither text nor a multipart form");
  });
});

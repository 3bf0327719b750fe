// The cockpit as its agents read it (issue #17), end to end in Chromium: a shift in Spanish and
// in Portuguese with the data real uContact sends (channel ids, campaigns with arrows, zone-less
// dates), with no count in the wrong form anywhere (text, aria labels, titles); the panel bar
// at 380 px in each language with nothing overflowing; the CSV's separator from the locale.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, test } from "node:test";

import { assigned, environment, finished, fromUcontact, openCockpit, start } from "./harness.mjs";

const { browser } = await start(null);

/** Everything a person or a screen reader gets from the page: its text, aria labels, titles. */
const everythingSaid = (page) => page.evaluate(() => {
  const said = [document.title, document.body.innerText];
  for (const element of document.querySelectorAll("[aria-label], [title], [aria-description]")) {
    said.push(element.getAttribute("aria-label"), element.getAttribute("title"));
  }
  for (const hidden of document.querySelectorAll(".ck-sr-only")) said.push(hidden.textContent);
  return said.filter(Boolean).join("\n");
});

// One with a plural after it; or zero with a singular (Portuguese's "one" form takes 0 too).
const WRONG_FORMS = [
  /(^|[^\d.,])1 (interacciones|interações|encontradas|aceptados|rechazados|aceitas|rejeitadas|finalizadas|activas|ativas|nuevas|novas)\b/,
  /(^|[^\d.,])0 (interacción|interação|encontrada|aceptado|rechazado|aceita|rejeitada|finalizada|activa|ativa|nueva|nova)\b/,
];
const ONE_FOUND = { es: "1 encontrada", pt: "1 encontrada" };

describe("a shift in Spanish and in Portuguese", () => {
  const envPromise = environment({ extraConfig: { campaigns: ["Ventas<-", "Cobranzas->"], channels: ["telephony", "email"] } });

  for (const [code, words] of [
    ["es-UY", { active: "1 interacción activa", phone: "Teléfono", inbound: "Entrante", email: "Correo" }],
    ["pt-BR", { active: "1 interação ativa", phone: "Telefone", inbound: "Entrada", email: "E-mail" }],
  ]) {
    test(`${code}: one active, one search hit, every count in its form, channel and campaign by their names`, async () => {
      const env = await envPromise;
      const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
      const { page, frame, errors } = await openCockpit(context, env);
      await fromUcontact(frame, { event: "changedLanguage", data: code });
      await fromUcontact(frame, assigned("3f2b8c1e-5a0d-4d7e-9b1a-2c6e8f0a9d41", { campaign: "Ventas<-", channel: "telephony", clientId: "59899123456" }));
      await fromUcontact(frame, assigned("7c9e6679-7425-40de-944b-e07fc1f90ae7", { campaign: "Cobranzas->", channel: "email", clientId: "ana.gomez@example.com" }));
      await fromUcontact(frame, finished("7c9e6679-7425-40de-944b-e07fc1f90ae7", "2026-12-02 14:05:00"));
      const lang = code.slice(0, 2);
      await page.locator("li.ck-row").nth(1).waitFor();
      const search = page.getByRole("searchbox");
      await search.fill("correo");
      await page.locator(".ck-found").filter({ hasText: ONE_FOUND[lang] }).waitFor();
      const line = await page.locator("li.ck-row", { hasText: "59899123456" }).locator(".ck-meta").textContent();
      assert.equal(line, `${words.phone} · Ventas (${words.inbound})`, "the arrow read as a direction");
      const open = await everythingSaid(page);
      assert.ok(open.includes(words.phone) && open.includes(words.inbound) && open.includes(words.email), open);
      // Collapsed to its rail, the panel says how many are active.
      await page.locator(".ck-toggle").click();
      const collapsed = await everythingSaid(page);
      assert.ok(collapsed.includes(words.active), `${words.active} in:\n${collapsed}`);
      for (const said of [open, collapsed]) for (const wrong of WRONG_FORMS) assert.doesNotMatch(said, wrong);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test("the panel bar at 380 px in each language: nothing overflows", async () => {
    const env = await envPromise;
    const context = await browser.newContext({ viewport: { width: 380, height: 760 } });
    const { page, frame } = await openCockpit(context, env);
    await page.getByRole("button", { name: "Expand panel" }).click();
    for (const code of ["en", "es-UY", "pt-BR"]) {
      await fromUcontact(frame, { event: "changedLanguage", data: code });
      await page.waitForFunction((code) => document.documentElement.lang === code, code);
      const overflowing = await page.evaluate(() => {
        const bar = document.querySelector(".ck-bar");
        const box = bar.getBoundingClientRect();
        const out = [];
        for (const element of bar.querySelectorAll("*:not(.ck-sr-only)")) {
          const rect = element.getBoundingClientRect();
          if (rect.width === 0) continue;
          if (rect.right > box.right + 0.5 || rect.left < box.left - 0.5) out.push(`${element.className}: outside the bar`);
          if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflow !== "visible") {
            out.push(`${element.className}: clipped`);
          }
        }
        if (bar.scrollWidth > bar.clientWidth + 1) out.push("the bar scrolls");
        return out;
      });
      assert.deepEqual(overflowing, [], code);
    }
    await context.close();
  });
});

describe("the CSV's separator", () => {
  const envPromise = environment({});

  for (const [code, separator] of [["es-MX", ","], ["es-UY", ";"]]) {
    test(`${code}: fields separated by "${separator}"`, async () => {
      const env = await envPromise;
      const context = await browser.newContext();
      const { page, frame } = await openCockpit(context, env);
      await fromUcontact(frame, { event: "changedLanguage", data: code });
      await fromUcontact(frame, assigned("a-1", { campaign: "Ventas<-", channel: "telephony", clientId: "59899123456" }));
      await page.locator("li.ck-row").waitFor();
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Exportar CSV" }).click();
      const csv = await readFile(await (await download).path(), "utf8");
      const [header, row] = csv.slice(1).split("\r\n");
      assert.equal(header.split(separator)[0], "Estado");
      assert.equal(header.split(separator).length, 15, header);
      assert.equal(row.split(separator).slice(0, 6).join("|"), "activa|a-1|Ventas<-|Entrante|telephony|Teléfono");
      await context.close();
    });
  }
});

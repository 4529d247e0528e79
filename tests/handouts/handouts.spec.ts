import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseYAML } from 'confbox';
import { test, type Page } from '@playwright/test';
import { TOURS, type TourDefinition } from '../../tours';
import { expect, launchWithExtension } from '../e2e/fixtures';
import { requestFromExtension, stepCard } from '../e2e/guide';
import { APP_HOME, performStep } from '../e2e/inviteFlow';

/**
 * For each tour: the built extension on the replica, a screenshot of every step's card, and from them an HTML
 * handout and its PDFs (Chromium's own printing) in A4 and Letter, in handouts/.
 *
 * A tour with a driver below is walked as a new admin would; any other tour is opened at each step in turn
 * on its page, so a new tour gets a handout without changes here.
 */
const OUT = path.resolve('handouts');

const DRIVERS: Record<string, { start: string; perform: (page: Page, n: number) => Promise<void> }> = {
  'invite-users': { start: APP_HOME, perform: performStep },
};

function flatten(node: unknown, prefix = '', into = new Map<string, string>()): Map<string, string> {
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) flatten(value, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, String(node));
  }
  return into;
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

interface Shot {
  n: number;
  title: string;
  body: string;
  png: Buffer;
}

async function startTour(page: Page, extensionId: string, tourId: string, step?: number): Promise<void> {
  const reply = (await requestFromExtension(page.context(), extensionId, 'command', {
    type: 'start',
    tourId,
    ...(step === undefined ? {} : { step }),
  })) as { ok: boolean };
  expect(reply.ok).toBe(true);
}

async function shootCard(page: Page, n: number, total: number): Promise<Shot> {
  const card = stepCard(page);
  await expect(card).toContainText(`Step ${n} of ${total}`);
  await page.waitForTimeout(400); // the card's fade-in and placement
  return {
    n,
    title: ((await card.locator('.title').textContent()) ?? '').trim(),
    body: ((await card.locator('.body').textContent()) ?? '').trim(),
    png: await page.screenshot(),
  };
}

async function faqOf(page: Page, extensionId: string): Promise<{ q: string; a: string }[]> {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('button', { name: 'Help' }).click();
  return page.locator('.faq details').evaluateAll((items) =>
    items.map((d) => ({
      q: d.querySelector('summary')?.textContent?.trim() ?? '',
      a: d.querySelector('p')?.textContent?.trim() ?? '',
    })),
  );
}

function handoutHtml(
  tour: TourDefinition,
  messages: Map<string, string>,
  shots: Shot[],
  faq: { q: string; a: string }[],
): string {
  const title = messages.get(tour.titleKey) ?? tour.id;
  const description = messages.get(tour.descriptionKey) ?? '';
  const date = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const steps = shots
    .map(
      (s) => `<section class="step">
  <h2><span class="n">Step ${s.n} of ${shots.length}</span> ${escape(s.title)}</h2>
  <p>${escape(s.body)}</p>
  <img src="data:image/png;base64,${s.png.toString('base64')}" alt="The Mixpanel page at step ${s.n}, with the guide's card: ${escape(s.title)}">
</section>`,
    )
    .join('\n');
  const questions = faq.map((item) => `<dt>${escape(item.q)}</dt>\n<dd>${escape(item.a)}</dd>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(title)}: handout</title>
<style>
  @page { margin: 14mm 14mm 16mm; }
  body { font: 11pt/1.45 system-ui, 'DejaVu Sans', sans-serif; color: #1d1d2b; max-width: 190mm; margin: 0 auto; }
  .cover { min-height: 240mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
  .cover .kicker { color: #5b46e6; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; font-size: 10pt; }
  .cover h1 { font-size: 28pt; line-height: 1.15; margin: 6mm 0; }
  .cover ol { padding-left: 6mm; }
  .cover .date { color: #5c5c70; margin-top: 10mm; }
  .step { break-inside: avoid; margin: 0 0 7mm; }
  .step h2 { font-size: 14pt; margin: 0 0 2mm; }
  .step .n { display: inline-block; background: #ecebff; color: #4633c9; border-radius: 4px; padding: 0 2mm; font-size: 10pt; margin-right: 2mm; vertical-align: 2px; }
  .step p { margin: 0 0 3mm; }
  /* 98 mm high: two steps to a page, on A4 and Letter alike. */
  .step img { display: block; height: 98mm; max-width: 100%; object-fit: contain; border: 1px solid #d6d6e0; border-radius: 3px; }
  .faq { break-before: page; font-size: 10pt; }
  .faq h2 { font-size: 16pt; }
  .faq dt { font-weight: 600; margin-top: 4mm; break-after: avoid; }
  .faq dd { margin: 1mm 0 0; break-inside: avoid; }
</style>
</head>
<body>
<section class="cover">
  <div class="kicker">Mixpanel Invite Guide · handout</div>
  <h1>${escape(title)}</h1>
  <p>${escape(description)}</p>
  <p><strong>What you'll do:</strong></p>
  <ol>${shots.map((s) => `<li>${escape(s.title)}</li>`).join('')}</ol>
  <p class="date">${escape(date)}</p>
</section>
${steps}
<section class="faq">
  <h2>${escape(messages.get('faq.title') ?? 'Help')}</h2>
  <dl>
${questions}
  </dl>
</section>
</body>
</html>
`;
}

for (const tour of TOURS) {
  test(`handout: ${tour.id}`, async () => {
    const messages = flatten(parseYAML(await readFile('locales/en.yml', 'utf8')));
    const profile = await mkdtemp(path.join(os.tmpdir(), 'invite-guide-handout-'));
    const context = await launchWithExtension(profile);
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const extensionId = new URL(worker.url()).host;
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      const total = tour.steps.length;
      const shots: Shot[] = [];
      const driver = DRIVERS[tour.id];
      if (driver) {
        await startTour(page, extensionId, tour.id);
        await page.goto(`https://mixpanel.com${driver.start}`);
        for (let n = 1; n <= total; n++) {
          shots.push(await shootCard(page, n, total));
          await driver.perform(page, n);
        }
      } else {
        for (let n = 1; n <= total; n++) {
          await startTour(page, extensionId, tour.id, n - 1);
          const step = tour.steps[n - 1]!;
          const stepPage = step.page ? tour.pages[step.page] : undefined;
          await page.goto(`https://mixpanel.com${stepPage?.defaultPath ?? tour.startPath}`);
          shots.push(await shootCard(page, n, total));
        }
      }
      const faq = await faqOf(page, extensionId);
      expect(faq.length).toBeGreaterThan(0);

      await mkdir(OUT, { recursive: true });
      const htmlFile = path.join(OUT, `${tour.id}.html`);
      await writeFile(htmlFile, handoutHtml(tour, messages, shots, faq));
      const print = await context.newPage();
      await print.goto(`file://${htmlFile}`);
      const written = [htmlFile];
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = path.join(OUT, `${tour.id}-${format.toLowerCase()}.pdf`);
        await print.pdf({ path: pdf, format, printBackground: true });
        written.push(pdf);
      }
      console.log(`handouts: ${tour.id}\n${written.map((f) => `  ${f}`).join('\n')}`);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
}

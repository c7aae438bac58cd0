import { frontendFor } from '../../../../rules/dist/frontends/registry';
import { languageOf } from '../../../../rules/dist/language';
import { EMPTY_PROJECT } from '../../../../rules/dist/model/project';
import { elapsedMs, readFileList, readText, report } from './fileList';

/**
 * What the prefilter would lose on the corpus: every file it drops is analysed anyway (parsed, facts
 * extracted) and counted if it holds a fact. The fixture test checks the same on every fixture;
 * this checks it on thousands of real files.
 */
async function main(): Promise<void> {
  const files = readFileList(process.argv[2]);
  const start = process.hrtime.bigint();
  let dropped = 0;
  const lost: string[] = [];
  for (const file of files) {
    const language = languageOf(file);
    const frontend = language && frontendFor(language);
    if (!frontend) continue;
    const { text } = readText(file);
    if (frontend.mightContainFacts(text, file)) continue;
    dropped++;
    await frontend.load?.();
    const output = frontend.analyze({ text, fileName: file, project: EMPTY_PROJECT });
    if (output.facts.length > 0) lost.push(`${file}: ${[...new Set(output.facts.map((f) => f.kind))].join(', ')}`);
  }
  report({ files: files.length, dropped, lost: lost.length, lostFiles: lost.slice(0, 20), ms: elapsedMs(start) });
}

void main();

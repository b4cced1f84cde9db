import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The import-x rules that lint reports for `code` placed at `file`. */
async function importProblems(file: string, code: string) {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.startsWith('import-x/'))
    .map((m) => m.ruleId);
}

describe('the direction of imports (eslint.config.js)', () => {
  it('stops a feature from importing another feature, by alias or by relative path', async () => {
    for (const from of ["'@/features/trainer/session'", "'../trainer/session'"]) {
      expect(await importProblems('src/features/quiz/probe.ts', `import ${from};\n`), from).toEqual(
        ['import-x/no-restricted-paths'],
      );
    }
  });

  it('stops domain and shared code from importing features, the app or the LMS runtime', async () => {
    expect(
      await importProblems('src/domain/probe.ts', "import '../features/quiz/engine';\n"),
    ).toEqual(['import-x/no-restricted-paths']);
    expect(await importProblems('src/lib/probe.ts', "import '@/lms/report';\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
    expect(await importProblems('src/lms/probe.ts', "import '@/app/app';\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
  });

  it('lets a feature import its own files, domain and shared code', async () => {
    const code = [
      "import './engine';",
      "import '@/domain/question-types/registry';",
      "import '@/lib/paths';",
      '',
    ].join('\n');
    expect(await importProblems('src/features/quiz/probe.ts', code)).toEqual([]);
  });
}, 60_000);

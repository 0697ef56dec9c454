// A scenario written in YAML (easier to write by hand than JSON: comments, long texts without quotes):
// read to the same data its JSON would give, then checked like any upload. Pure: the caller reads the file.
// Only plain YAML: no custom tags (an unknown tag is a problem, not a string), at most 100 aliases
// (a file cannot expand into a huge one), and a key twice in one map is a problem.
import { parseDocument } from 'yaml';

/** The data of a YAML text, or why it is not valid YAML (with its line and column). */
export function parseScenarioYaml(
  text: string,
): { ok: true; data: unknown } | { ok: false; message: string } {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, logLevel: 'silent' });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const what = problem.message.split(' at line ')[0]!.split('\n')[0]!;
    const at = problem.linePos?.[0];
    return {
      ok: false,
      message: `not valid YAML: ${what}${at ? ` (line ${at.line}, column ${at.col})` : ''}`,
    };
  }
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: 100 }) };
  } catch (e) {
    return { ok: false, message: `not valid YAML: ${(e as Error).message}` };
  }
}
